/* eslint-disable @typescript-eslint/no-explicit-any -- expanded JSON-LD is untyped by nature; the assertions check its shape. */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { termIri } from '@vertelpunt/taxonomy';
import { collectText, toWebAnnotations, webAnnotationChunks } from '../src/index.js';
import { aStory, V5 } from './factory.js';

const OA = 'http://www.w3.org/ns/oa#';
const at = new Date('2026-11-23T10:00:00Z');

describe('W3C Web Annotation export', () => {
  const story = aStory({
    title: 'Samen',
    notes: 'Bespreken in de duidingssessie',
    tags: { version: V5, terms: ['kernwaarde-samen', 'opgave-armoede'] },
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Samen met de inwoner', prefix: 'Huisbezoek. ', suffix: ' gekeken' },
      { type: 'TextPositionSelector', start: 12, end: 32 },
    ],
  });

  it('expands with a JSON-LD processor without losing a field', async () => {
    const [expanded] = (await jsonld.expand(JSON.parse(toWebAnnotations([story], { exportedAt: at })) as never)) as Record<string, any>[];
    expect(expanded!['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    expect(expanded!['http://www.w3.org/ns/activitystreams#totalItems'][0]['@value']).toBe(1);
    const page = expanded!['http://www.w3.org/ns/activitystreams#first'][0];
    const [annotation] = page['http://www.w3.org/ns/activitystreams#items'][0]['@list'] as Record<string, any>[];
    expect(annotation!['@id']).toBe(`urn:uuid:${story.id}`);
    expect(annotation!['@type']).toEqual([`${OA}Annotation`]);
    expect(annotation![`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}classifying` }]);
    const bodies = annotation![`${OA}hasBody`] as Record<string, any>[];
    expect(bodies.filter((b) => b['@id']).map((b) => b['@id'])).toEqual([termIri('kernwaarde-samen'), termIri('opgave-armoede')]);
    expect(bodies.find((b) => b['@id'] === termIri('opgave-armoede'))![`${OA}hasPurpose`]).toEqual([{ '@id': `${OA}classifying` }]);
    const texts = bodies.filter((b) => !b['@id']).map((b) => b['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'][0]['@value']);
    expect(texts).toEqual([story.text, story.notes]);
    const target = annotation![`${OA}hasTarget`][0];
    expect(target[`${OA}hasSource`]).toEqual([{ '@id': story.source.origin }]);
    const [quote, position] = target[`${OA}hasSelector`];
    expect(quote[`${OA}exact`][0]['@value']).toBe('Samen met de inwoner');
    expect(quote[`${OA}prefix`][0]['@value']).toBe('Huisbezoek. ');
    expect(position[`${OA}start`][0]).toEqual({ '@value': 12, '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' });
    expect(annotation!['http://purl.org/dc/terms/created'][0]['@value']).toBe(story.createdAt);
    expect(annotation!['urn:vertelpunt:vocab#consentStatus'][0]['@value']).toBe(story.consent.status);
  });

  it('streams the same bytes it writes at once, and counts the total', async () => {
    const stories = [story, aStory(), aStory()];
    const whole = toWebAnnotations(stories, { exportedAt: at });
    const sorted = [...stories].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
    expect(await collectText(webAnnotationChunks(sorted, { exportedAt: at }))).toBe(whole);
    expect(JSON.parse(whole).total).toBe(3);
  });
});
