import type { VersionId } from '../generated/taxonomy-data.js';
import { facetGuid, setGuid, termGuid } from '../identifiers.js';
import type { Language, Term } from '../model.js';
import { LATEST_VERSION, listFacets, listTerms } from '../registry.js';
import type { FacetId, TermKind } from '../schema.js';
import { xmlBuilder } from './xml-text.js';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** One colour per facet, so codes of one facet look alike in a QDA tool's margin. */
export const FACET_COLORS: Record<FacetId, string> = {
  missie: '#1F77B4',
  kernwaarden: '#D62728',
  'bijpassende-waarden': '#FF7F0E',
  'brede-opdracht': '#2CA02C',
  beweging: '#9467BD',
  'maatschappelijke-opgaven': '#8C564B',
  rollen: '#E377C2',
  lessen: '#17BECF',
};

const KIND_SET_NAMES: Record<TermKind, Record<Language, string>> = {
  'mission-point': { nl: 'Missiepunten', en: 'Mission points' },
  'core-value': { nl: 'Kernwaarden', en: 'Core values' },
  value: { nl: 'Waarden', en: 'Values' },
  theme: { nl: "Thema's", en: 'Themes' },
};

export interface CodebookOptions {
  version?: VersionId;
  /** Language of code names and descriptions. Default nl. */
  language?: Language;
  /** Written to the codebook's origin attribute. */
  origin?: string;
}

/** The element tree of a code, for REFI-QDA's CodeType (used by codebooks and projects alike). */
export interface CodeElement {
  '@_guid': string;
  '@_name': string;
  '@_isCodable': 'true' | 'false';
  '@_color': string;
  Description?: string;
  Code?: CodeElement[];
}

export function codeName(term: Term, language: Language): string {
  return term.notation ? `${term.notation}. ${term.label[language]}` : term.label[language];
}

/**
 * The vocabulary as REFI-QDA codes: one non-codable parent code per facet, the terms below it,
 * sub-points below their parent. Active terms only: a codebook is for coding new material.
 */
export function buildCodeTree(version: VersionId, language: Language): CodeElement[] {
  const terms = listTerms({ version });
  const codeFor = (term: Term): CodeElement => {
    const children = terms.filter((t) => t.parent === term.id).map(codeFor);
    return {
      '@_guid': termGuid(term.id),
      '@_name': codeName(term, language),
      '@_isCodable': 'true',
      '@_color': FACET_COLORS[term.facet],
      Description: `${term.description[language]}\n\n${term.citation.seed}, ${term.citation.section}: “${term.citation.quote}” [${term.id}]`,
      ...(children.length > 0 ? { Code: children } : {}),
    };
  };
  return listFacets(version).map((facet) => ({
    '@_guid': facetGuid(facet.id),
    '@_name': facet.label[language],
    '@_isCodable': 'false',
    '@_color': FACET_COLORS[facet.id],
    Description: facet.description[language],
    Code: terms.filter((t) => t.facet === facet.id && t.parent === undefined).map(codeFor),
  }));
}

/** Sets group codes across the tree: one per kind (mission points, values, themes). */
export function buildCodeSets(version: VersionId, language: Language) {
  const terms = listTerms({ version });
  return (Object.keys(KIND_SET_NAMES) as TermKind[])
    .map((kind) => ({ kind, members: terms.filter((t) => t.kind === kind) }))
    .filter(({ members }) => members.length > 0)
    .map(({ kind, members }) => ({
      '@_guid': setGuid(`${version}:${kind}`),
      '@_name': KIND_SET_NAMES[kind][language],
      MemberCode: members.map((t) => ({ '@_guid': termGuid(t.id) })),
    }));
}

/** The codebook as a REFI-QDA `.qdc` file (valid against Codebook.xsd). */
export function toQdc(options: CodebookOptions = {}): string {
  const { version = LATEST_VERSION, language = 'nl', origin = `Vertelpunt taxonomy, ${version}` } = options;
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    CodeBook: {
      '@_xmlns': CODEBOOK_NAMESPACE,
      '@_origin': origin,
      Codes: { Code: buildCodeTree(version, language) },
      Sets: { Set: buildCodeSets(version, language) },
    },
  };
  return xmlBuilder().build(document) as string;
}
