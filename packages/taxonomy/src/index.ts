// @vertelpunt/taxonomy: the Associatie Wijkteams vocabulary as typed data. This file only re-exports.
export type { TermId, VersionId } from './generated/taxonomy-data.js';
export { MIGRATION_FILES, TERM_IDS, VERSION_FILES, VERSION_IDS } from './generated/taxonomy-data.js';
export * from './model.js';
export {
  CHANGE_KINDS,
  FACET_IDS,
  FACET_KINDS,
  TERM_KINDS,
  TERM_STATUSES,
  ChangeLogSchema,
  CitationSchema,
  FacetRecordSchema,
  LocalizedTextSchema,
  MigrationFileSchema,
  ProvenanceEntrySchema,
  SeedIndexSchema,
  TermIdSchema,
  TermRecordSchema,
  VersionFileSchema,
  VersionIdSchema,
} from './schema.js';
export type { ChangeLog, FacetRecord, MigrationFile, SeedIndex, TermRecord, TermRecordInput, VersionFile } from './schema.js';
export {
  LATEST_VERSION,
  getTerm,
  getVersion,
  isTermId,
  isVersionId,
  listChildren,
  listFacets,
  listTerms,
  listVersions,
  versionsDefining,
} from './registry.js';
export type { ListTermsOptions } from './registry.js';
export { foldForMatching } from './fold.js';
export { searchTerms } from './search.js';
export { suggestTerms, warmUpSuggestions } from './suggest.js';
export type { Suggestion, SuggestOptions } from './suggest.js';
export type { MatchField, SearchHit, SearchOptions } from './search.js';
export { TagSetInputSchema, TagSetSchema, validateTagSet } from './tag-set.js';
export type { TagSet, TagSetInput, TagSetIssue, TagSetIssueCode, TagSetValidation, ValidateOptions } from './tag-set.js';
export { MigrationError, canMigrate, migrateTagSet } from './migrate.js';
export type { Migration, TermChange } from './migrate.js';
export { DEFAULT_BASE_IRI, facetGuid, facetIri, schemeIri, setGuid, termGuid, termIri } from './identifiers.js';
export { SKOS_CONTEXT, toSkosJsonLd } from './export/skos.js';
export type { SkosExportOptions } from './export/skos.js';
export { CODEBOOK_NAMESPACE, FACET_COLORS, buildCodeSets, buildCodeTree, codeName, toQdc } from './export/qdc.js';
export type { CodeElement, CodebookOptions } from './export/qdc.js';
export { TERM_CSV_COLUMNS, toCsv } from './export/csv.js';
export type { CsvExportOptions } from './export/csv.js';
export { CSV_FORMULA_TRIGGER, csvCell, unparseCsv } from './export/unparse-csv.js';
export type { UnparseCsvOptions } from './export/unparse-csv.js';
export { xmlBuilder, xmlText } from './export/xml-text.js';
export { decodeText, decodeUtf8, InputTextError, oneLine, skipByteOrderMark } from './input/decode.js';
export { DEFAULT_MAX_LINE_BYTES, LineSplitter, readLines } from './input/read-lines.js';
export type { TextLine } from './input/read-lines.js';
