/**
 * What a query narrows on: every part optional, all given parts must hold. The same meaning as
 * the extension's StoryFilter (which parses it with zod at the boundary).
 */
export interface QueryFilter {
  text?: string | undefined;
  terms?: readonly string[] | undefined;
  termMode?: 'any' | 'all' | undefined;
  /** Inclusive ISO date-times on createdAt. */
  from?: string | undefined;
  to?: string | undefined;
  origin?: string | undefined;
}

export interface Page {
  offset?: number;
  limit?: number;
}

export interface QueryResult {
  /** Stories that match. */
  total: number;
  /** The ids of the page asked for, newest first ((createdAt, id) descending). */
  ids: string[];
}
