import type { TermId, VersionId } from './generated/taxonomy-data.js';
import type { Citation, FacetId, LocalizedText, ProvenanceEntry, TermKind, TermStatus } from './schema.js';

export type { TermId, VersionId } from './generated/taxonomy-data.js';
export type { Citation, FacetId, LocalizedText, ProvenanceEntry, TermKind, TermStatus } from './schema.js';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One term as one version of the vocabulary knows it. */
export interface Term {
  readonly id: TermId;
  /** The version this view of the term belongs to. */
  readonly version: VersionId;
  /** The version whose data file defines the term (older than `version` for a retired term). */
  readonly definedIn: VersionId;
  readonly kind: TermKind;
  readonly facet: FacetId;
  readonly notation?: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /** Dutch words and phrases that signal the term in a text. */
  readonly keywords: readonly string[];
  readonly parent?: TermId;
  readonly citation: Citation;
  readonly status: TermStatus;
  /** Where the term is deprecated: the term to use instead, in this version. */
  readonly replacedBy?: TermId;
}

export interface Facet {
  readonly id: FacetId;
  readonly kind: TermKind;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

export interface Version {
  readonly id: VersionId;
  readonly title: LocalizedText;
  /** YYYY-MM */
  readonly published: string;
  readonly source: { readonly seed: string; readonly title: string };
  readonly facets: readonly Facet[];
  /** Which terms the version took from which seed, and why (retrospective: from a later seed). */
  readonly provenance: readonly ProvenanceEntry[];
  readonly isLatest: boolean;
}
