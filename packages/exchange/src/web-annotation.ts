import type { Story } from '@vertelpunt/stories';
import { getTerm, schemeIri, termIri, SKOS_CONTEXT, type VersionId } from '@vertelpunt/taxonomy';
import { compareStories } from './canonical.js';
import { encodeAll, encodeChunks, joinText, type StoryEncoder, type StoryStream } from './encode.js';

/**
 * The JSON-LD context, inline: each term maps to the IRI the W3C Web Annotation context
 * (http://www.w3.org/ns/anno.jsonld) gives it, plus SKOS labels and a few Vertelpunt fields. An
 * export must be readable offline: no processor has to fetch anything to expand it.
 */
export const ANNO_CONTEXT = {
  '@version': 1.1,
  oa: 'http://www.w3.org/ns/oa#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  as: 'http://www.w3.org/ns/activitystreams#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  vp: 'urn:vertelpunt:vocab#',
  id: '@id',
  type: '@type',
  Annotation: 'oa:Annotation',
  AnnotationCollection: 'as:OrderedCollection',
  AnnotationPage: 'as:OrderedCollectionPage',
  SpecificResource: 'oa:SpecificResource',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
  TextualBody: 'oa:TextualBody',
  Concept: 'skos:Concept',
  classifying: 'oa:classifying',
  tagging: 'oa:tagging',
  commenting: 'oa:commenting',
  describing: 'oa:describing',
  body: { '@id': 'oa:hasBody', '@type': '@id' },
  target: { '@id': 'oa:hasTarget', '@type': '@id' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector', '@type': '@id' },
  purpose: { '@id': 'oa:hasPurpose', '@type': '@vocab' },
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  value: 'rdf:value',
  format: 'dc:format',
  language: 'dc:language',
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
  created: { '@id': 'dcterms:created', '@type': 'xsd:dateTime' },
  modified: { '@id': 'dcterms:modified', '@type': 'xsd:dateTime' },
  generated: { '@id': 'dcterms:issued', '@type': 'xsd:dateTime' },
  creator: { '@id': 'dcterms:creator', '@type': '@id' },
  nickname: 'foaf:nick',
  label: 'rdfs:label',
  title: 'dcterms:title',
  total: { '@id': 'as:totalItems', '@type': 'xsd:nonNegativeInteger' },
  first: { '@id': 'as:first', '@type': '@id' },
  items: { '@id': 'as:items', '@container': '@list' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  prefLabel: SKOS_CONTEXT.prefLabel,
  taxonomyVersion: 'vp:taxonomyVersion',
  consent: 'vp:consentStatus',
  consentPurpose: 'vp:consentPurpose',
  pageTitle: 'vp:pageTitle',
  // How the text was de-identified, kept as one JSON literal (a JSON-LD 1.1 feature).
  deidentification: { '@id': 'vp:deidentification', '@type': '@json' },
} as const;

export interface WebAnnotationOptions {
  /** Written as the collection's `generated` time. */
  exportedAt: Date;
  /** The collection's IRI (default urn:vertelpunt:export). */
  id?: string;
}

/**
 * One story as a W3C Web Annotation: the clip on its origin as the target (a TextQuoteSelector
 * always, a TextPositionSelector where one was kept), the terms as SKOS concept bodies with
 * purpose `classifying`, the story text and the professional's notes as textual bodies. Terms
 * stay in the story's own vocabulary version: each concept names its scheme.
 */
export function toWebAnnotation(story: Story): Record<string, unknown> {
  const version = story.tags.version as VersionId;
  const quote = story.selectors.find((s) => s.type === 'TextQuoteSelector');
  const others = story.selectors.filter((s) => s !== quote);
  return {
    id: `urn:uuid:${story.id}`,
    type: 'Annotation',
    motivation: 'classifying',
    created: story.createdAt,
    modified: story.updatedAt,
    title: story.title,
    ...(story.author ? { creator: { nickname: story.author } } : {}),
    taxonomyVersion: version,
    consent: story.consent.status,
    consentPurpose: story.consent.purpose,
    ...(story.deidentification ? { deidentification: story.deidentification } : {}),
    body: [
      ...story.tags.terms.map((id) => {
        const term = getTerm(id, version);
        return {
          id: termIri(id),
          type: 'Concept',
          purpose: 'classifying',
          prefLabel: { nl: term?.label.nl ?? id, en: term?.label.en ?? id },
          inScheme: schemeIri(version),
        };
      }),
      { type: 'TextualBody', purpose: 'describing', value: story.text, format: 'text/plain', language: 'nl' },
      ...(story.notes ? [{ type: 'TextualBody', purpose: 'commenting', value: story.notes, format: 'text/plain', language: 'nl' }] : []),
    ],
    target: {
      type: 'SpecificResource',
      source: story.source.url ?? story.source.origin,
      ...(story.source.pageTitle ? { pageTitle: story.source.pageTitle } : {}),
      selector: [quote ?? { type: 'TextQuoteSelector', exact: story.text, prefix: '', suffix: '' }, ...others],
    },
  };
}

/**
 * The stories as an AnnotationCollection (JSON-LD) whose first page holds one annotation per
 * line; the total comes last, so the whole streams.
 */
export function webAnnotationEncoder(options: WebAnnotationOptions): StoryEncoder<string> {
  const id = options.id ?? 'urn:vertelpunt:export';
  let total = 0;
  return {
    begin: () => [
      `{\n  "@context": ${JSON.stringify(ANNO_CONTEXT)},\n  "id": ${JSON.stringify(id)},\n  "type": "AnnotationCollection",\n  "label": "Vertelpunt",\n  "generated": ${JSON.stringify(options.exportedAt.toISOString())},\n  "first": {\n    "id": ${JSON.stringify(`${id}:page:1`)},\n    "type": "AnnotationPage",\n    "items": [`,
    ],
    write: (story) => [`${total++ === 0 ? '\n' : ',\n'}      ${JSON.stringify(toWebAnnotation(story))}`],
    end: () => [`${total === 0 ? '' : '\n    '}]\n  },\n  "total": ${total}\n}\n`],
  };
}

export const webAnnotationChunks = (stories: StoryStream, options: WebAnnotationOptions) =>
  encodeChunks(webAnnotationEncoder(options), stories);

/** The Web Annotation export of a whole set, oldest first. */
export const toWebAnnotations = (stories: Iterable<Story>, options: WebAnnotationOptions): string =>
  joinText(encodeAll(webAnnotationEncoder(options), [...stories].sort(compareStories)));
