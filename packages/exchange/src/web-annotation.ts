import type { Story } from '@vertelpunt/stories';
import { getTerm, termIri, SKOS_CONTEXT, type VersionId } from '@vertelpunt/taxonomy';

/**
 * The W3C Web Annotation context, inlined (the official one lives at
 * http://www.w3.org/ns/anno.jsonld): an export must be readable offline and without fetching.
 */
export const ANNO_CONTEXT = {
  oa: 'http://www.w3.org/ns/oa#',
  dcterms: 'http://purl.org/dc/terms/',
  as: 'https://www.w3.org/ns/activitystreams#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  vp: 'urn:vertelpunt:vocab#',
  id: '@id',
  type: '@type',
  Annotation: 'oa:Annotation',
  SpecificResource: 'oa:SpecificResource',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
  TextualBody: 'oa:TextualBody',
  classifying: 'oa:classifying',
  tagging: 'oa:tagging',
  describing: 'oa:describing',
  body: { '@id': 'oa:hasBody', '@type': '@id' },
  target: { '@id': 'oa:hasTarget', '@type': '@id' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector', '@type': '@id' },
  purpose: { '@id': 'oa:hasPurpose', '@type': '@vocab' },
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  value: { '@id': 'rdf:value' },
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
  created: { '@id': 'dcterms:created', '@type': 'xsd:dateTime' },
  modified: { '@id': 'dcterms:modified', '@type': 'xsd:dateTime' },
  title: 'dcterms:title',
  inScheme: { '@id': 'http://www.w3.org/2004/02/skos/core#inScheme', '@type': '@id' },
  prefLabel: SKOS_CONTEXT.prefLabel,
  taxonomyVersion: 'vp:taxonomyVersion',
  consent: 'vp:consent',
  items: { '@id': 'as:items', '@container': '@list' },
} as const;

/** One story as a Web Annotation: the quote on its origin as target, the terms as SKOS concept bodies. */
function annotation(story: Story) {
  const version = story.tags.version as VersionId;
  const quote = story.selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = story.selectors.find((s) => s.type === 'TextPositionSelector');
  return {
    id: `urn:uuid:${story.id}`,
    type: 'Annotation',
    motivation: 'classifying',
    created: story.createdAt,
    modified: story.updatedAt,
    title: story.title,
    taxonomyVersion: version,
    consent: story.consent.status,
    body: [
      ...story.tags.terms.map((id) => ({
        id: termIri(id),
        type: 'http://www.w3.org/2004/02/skos/core#Concept',
        purpose: 'classifying',
        prefLabel: { nl: getTerm(id, version)?.label.nl ?? id, en: getTerm(id, version)?.label.en ?? id },
        inScheme: `urn:vertelpunt:scheme:${version}`,
      })),
      { type: 'TextualBody', purpose: 'describing', value: story.text },
      ...(story.notes ? [{ type: 'TextualBody', purpose: 'tagging', value: story.notes }] : []),
    ],
    target: {
      type: 'SpecificResource',
      source: story.source.url ?? story.source.origin,
      selector: [
        { type: 'TextQuoteSelector', exact: quote?.exact ?? story.text, prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' },
        ...(position ? [{ type: 'TextPositionSelector', start: position.start, end: position.end }] : []),
      ],
    },
  };
}

/** The stories as a W3C Web Annotation collection in JSON-LD. */
export function toWebAnnotations(stories: readonly Story[]): object {
  return { '@context': ANNO_CONTEXT, id: 'urn:vertelpunt:export', type: 'as:OrderedCollection', items: stories.map(annotation) };
}
