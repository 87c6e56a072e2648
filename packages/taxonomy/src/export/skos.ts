import type { VersionId } from '../generated/taxonomy-data.js';
import { DEFAULT_BASE_IRI, facetIri, schemeIri, termIri } from '../identifiers.js';
import type { Term } from '../model.js';
import { getVersion, LATEST_VERSION, listTerms } from '../registry.js';
import type { FacetId } from '../schema.js';

/** The JSON-LD context: SKOS terms with language maps, so labels read as { nl, en }. */
export const SKOS_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ConceptScheme: 'skos:ConceptScheme',
  Concept: 'skos:Concept',
  Collection: 'skos:Collection',
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
  definition: { '@id': 'skos:definition', '@container': '@language' },
  editorialNote: { '@id': 'skos:editorialNote', '@language': 'nl' },
  notation: 'skos:notation',
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id' },
  broader: { '@id': 'skos:broader', '@type': '@id' },
  narrower: { '@id': 'skos:narrower', '@type': '@id' },
  member: { '@id': 'skos:member', '@type': '@id' },
  isReplacedBy: { '@id': 'dct:isReplacedBy', '@type': '@id' },
  replaces: { '@id': 'dct:replaces', '@type': '@id' },
  deprecated: { '@id': 'owl:deprecated', '@type': 'xsd:boolean' },
  issued: { '@id': 'dct:issued', '@type': 'xsd:gYearMonth' },
  versionInfo: 'owl:versionInfo',
  source: 'dct:source',
} as const;

export interface SkosExportOptions {
  /** Versions to export, one ConceptScheme each. Default: the latest. */
  versions?: readonly VersionId[];
  baseIri?: string;
}

type Node = Record<string, unknown>;

/** Adds values to a node's array property without duplicates (a concept shared by two schemes). */
function addAll(node: Node, key: string, values: readonly string[]): void {
  const list = (node[key] as string[] | undefined) ?? [];
  for (const value of values) if (!list.includes(value)) list.push(value);
  if (list.length > 0) node[key] = list;
}

function conceptNode(term: Term, base: string): Node {
  return {
    '@id': termIri(term.id, base),
    '@type': 'Concept',
    prefLabel: { nl: term.label.nl, en: term.label.en },
    definition: { nl: term.description.nl, en: term.description.en },
    ...(term.keywords.length > 0 ? { altLabel: { nl: [...term.keywords] } } : {}),
    ...(term.notation ? { notation: term.notation } : {}),
    editorialNote: `Bron: ${term.citation.seed}, ${term.citation.section}: “${term.citation.quote}”`,
  };
}

/**
 * The vocabulary as SKOS in JSON-LD: one skos:ConceptScheme per version, a skos:Concept per
 * term (prefLabel and definition in nl and en, keywords as altLabel, broader/narrower for
 * sub-points), a skos:Collection per facet, and dct:isReplacedBy / owl:deprecated for
 * terms a version retired.
 */
export function toSkosJsonLd(options: SkosExportOptions = {}): Node {
  const { versions = [LATEST_VERSION], baseIri: base = DEFAULT_BASE_IRI } = options;
  const graph: Node[] = [];
  const concepts = new Map<string, Node>();
  const collections = new Map<FacetId, Node>();
  const replacements: [old: string, replacement: string][] = [];

  for (const versionId of versions) {
    const version = getVersion(versionId);
    const scheme = schemeIri(versionId, base);
    const terms = listTerms({ version: versionId, includeDeprecated: true });
    graph.push({
      '@id': scheme,
      '@type': 'ConceptScheme',
      prefLabel: { nl: version.title.nl, en: version.title.en },
      issued: version.published,
      versionInfo: versionId,
      source: `${version.source.title} (${version.source.seed})`,
      hasTopConcept: terms.filter((t) => t.parent === undefined && t.status === 'active').map((t) => termIri(t.id, base)),
    });
    for (const term of terms) {
      let node = concepts.get(term.id);
      if (!node) {
        node = conceptNode(term, base);
        concepts.set(term.id, node);
      }
      addAll(node, 'inScheme', [scheme]);
      if (term.status === 'deprecated') {
        node.deprecated = true;
        if (term.replacedBy) {
          addAll(node, 'isReplacedBy', [termIri(term.replacedBy, base)]);
          replacements.push([term.id, term.replacedBy]);
        }
        continue;
      }
      if (term.parent === undefined) addAll(node, 'topConceptOf', [scheme]);
      else {
        addAll(node, 'broader', [termIri(term.parent, base)]);
        const parent = concepts.get(term.parent);
        if (parent) addAll(parent, 'narrower', [termIri(term.id, base)]);
      }
    }
    for (const facet of version.facets) {
      let collection = collections.get(facet.id);
      if (!collection) {
        collection = {
          '@id': facetIri(facet.id, base),
          '@type': 'Collection',
          prefLabel: { ...facet.label },
          definition: { ...facet.description },
        };
        collections.set(facet.id, collection);
      }
      addAll(
        collection,
        'member',
        terms.filter((t) => t.facet === facet.id && t.status === 'active').map((t) => termIri(t.id, base)),
      );
    }
  }
  // The replacing concept is only known once every version is walked: link it back now.
  for (const [old, replacement] of replacements) {
    const node = concepts.get(replacement);
    if (node) addAll(node, 'replaces', [termIri(old, base)]);
  }
  graph.push(...concepts.values(), ...collections.values());
  return { '@context': SKOS_CONTEXT, '@graph': graph };
}
