import type { VersionId } from '../generated/taxonomy-data.js';
import type { Term } from '../model.js';
import { LATEST_VERSION, listTerms } from '../registry.js';
import { unparseCsv } from './unparse-csv.js';

export const TERM_CSV_COLUMNS = [
  'version',
  'id',
  'kind',
  'facet',
  'notation',
  'parent',
  'label_nl',
  'label_en',
  'description_nl',
  'description_en',
  'keywords',
  'status',
  'replaced_by',
  'citation_seed',
  'citation_section',
  'citation_quote',
] as const;

function row(term: Term): Record<(typeof TERM_CSV_COLUMNS)[number], string> {
  return {
    version: term.version,
    id: term.id,
    kind: term.kind,
    facet: term.facet,
    notation: term.notation ?? '',
    parent: term.parent ?? '',
    label_nl: term.label.nl,
    label_en: term.label.en,
    description_nl: term.description.nl,
    description_en: term.description.en,
    keywords: term.keywords.join('; '),
    status: term.status,
    replaced_by: term.replacedBy ?? '',
    citation_seed: term.citation.seed,
    citation_section: term.citation.section,
    citation_quote: term.citation.quote,
  };
}

export interface CsvExportOptions {
  version?: VersionId;
  /** Also list deprecated and retired terms, with their replacement. Default false, as `listTerms`. */
  includeDeprecated?: boolean;
}

/** The terms of one version as CSV (RFC 4180: comma, CRLF after every record, header row). */
export function toCsv(options: CsvExportOptions = {}): string {
  const { version = LATEST_VERSION, includeDeprecated = false } = options;
  const rows = listTerms({ version, includeDeprecated }).map(row);
  return `${unparseCsv(
    rows.map((r) => TERM_CSV_COLUMNS.map((c) => r[c])),
    { fields: TERM_CSV_COLUMNS, newline: '\r\n' },
  )}\r\n`;
}
