import { overviewCounters } from '@vertelpunt/query';
import type { Story } from '@vertelpunt/stories';
import { MigrationError } from '../storage/storage-errors';
import { rememberUnreadable } from '../storage/unreadable-records';
import type { StoryFilter } from '../storage/story-filter';
import { QueryReplySchema, type QueryReply, type QueryRequest } from './protocol';
import { latestWrite } from './write-news';

type Answer<T extends QueryReply['type']> = Extract<QueryReply, { type: T }>;
type Ask = QueryRequest extends infer R ? (R extends QueryRequest ? Omit<R, 'n' | 'atLeast'> : never) : never;

/** A failure the worker reported, with the name of the error it met (a failed upgrade comes back as a MigrationError). */
export class QueryFailedError extends Error {
  constructor(message: string, name = 'QueryFailedError') {
    super(message);
    this.name = name;
  }
}

/**
 * The page's side of its query worker: one worker per page, started at the first question and
 * kept. Answers are matched to questions by number; unasked messages (stories changed, records
 * unreadable) go to the listeners.
 */
class QueryClient {
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (reply: QueryReply) => void; reject: (error: Error) => void }>();
  private readonly changeListeners = new Set<() => void>();
  /** Set once the worker has answered: from then on the page asks it, not the database. */
  ready = false;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./query.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent) => this.receive(event.data);
    worker.onerror = (event) => {
      for (const { reject } of this.pending.values()) reject(new Error(event.message || 'the query worker stopped'));
      this.pending.clear();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    const reply = QueryReplySchema.safeParse(data);
    if (!reply.success) {
      console.warn(`vertelpunt: unexpected message from the query worker: ${reply.error.message}`);
      return;
    }
    const message = reply.data;
    if (message.type === 'changed') for (const listener of this.changeListeners) listener();
    else if (message.type === 'unreadable') for (const record of message.records) rememberUnreadable(record.id, record.problem);
    else if (message.n !== undefined) {
      const waiter = this.pending.get(message.n);
      this.pending.delete(message.n);
      if (message.type === 'failed')
        waiter?.reject(
          message.migration
            ? new MigrationError(message.migration.toVersion, { cause: new Error(message.migration.cause) })
            : new QueryFailedError(message.message, message.name),
        );
      else {
        this.ready = true;
        waiter?.resolve(message);
      }
    }
  }

  private ask<T extends QueryReply['type']>(request: Ask & { type: T }): Promise<Answer<T>> {
    const worker = this.start();
    const n = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(n, { resolve: resolve as (reply: QueryReply) => void, reject });
      worker.postMessage({ ...request, n, atLeast: latestWrite() });
    });
  }

  /** Starts the worker loading the index, before the first question. */
  warm(): void {
    this.start();
  }

  async page(filter: StoryFilter, offset: number, limit: number): Promise<{ total: number; ids: string[] }> {
    const { total, ids } = await this.ask({ type: 'page', filter, offset, limit });
    return { total, ids };
  }

  /** One page of the matching stories themselves, read and parsed in the worker. */
  async storyPage(filter: StoryFilter, offset: number, limit: number): Promise<{ total: number; ids: string[]; stories: Story[] }> {
    const { total, ids, stories = [] } = await this.ask({ type: 'page', filter, offset, limit, stories: true });
    return { total, ids, stories };
  }

  async termCounts(filter: StoryFilter): Promise<Map<string, number>> {
    return new Map((await this.ask({ type: 'facets', filter })).counts);
  }

  async origins(): Promise<string[]> {
    return (await this.ask({ type: 'origins' })).origins;
  }

  /** The overview's three counters (each with `table(minGroup)`), counted in the worker. */
  async overview(filter: StoryFilter): Promise<ReturnType<typeof overviewCounters>> {
    return overviewCounters((await this.ask({ type: 'overview', filter })).groups);
  }

  /** Calls `listener` when another page or tab changed the stories; returns a stop function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }
}

/** The page's query engine (one worker per page). */
export const queryEngine = new QueryClient();
