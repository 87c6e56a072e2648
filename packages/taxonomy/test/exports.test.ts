// Each export is read back by an independent tool: a JSON-LD processor, xmllint, a CSV parser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser as N3Parser, type Quad } from 'n3';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  getTerm,
  LATEST_VERSION,
  listTerms,
  termGuid,
  termIri,
  toCsv,
  toQdc,
  toSkosJsonLd,
  VERSION_IDS,
  TERM_CSV_COLUMNS,
} from '../src/index.js';
import { REPO_ROOT } from './helpers.js';

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

async function toQuads(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads' })) as unknown as string;
  return new N3Parser({ format: 'N-Quads' }).parse(nquads);
}

describe('SKOS as JSON-LD', () => {
  it('gives one ConceptScheme per version and every term nl/en labels, a definition and its scheme', async () => {
    const quads = await toQuads(toSkosJsonLd({ versions: [...VERSION_IDS] }));
    const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
    const schemes = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SKOS}ConceptScheme`);
    expect(schemes).toHaveLength(VERSION_IDS.length);
    for (const version of VERSION_IDS) {
      for (const term of listTerms({ version })) {
        const iri = termIri(term.id);
        const labels = objects(iri, `${SKOS}prefLabel`).map((o) => [(o as { language: string }).language, o.value]);
        expect(labels).toEqual(
          expect.arrayContaining([
            ['nl', term.label.nl],
            ['en', term.label.en],
          ]),
        );
        expect(objects(iri, `${SKOS}definition`)).toHaveLength(2);
        expect(objects(iri, `${SKOS}inScheme`).map((o) => o.value)).toContain(`urn:vertelpunt:scheme:${version}`);
        if (term.parent) expect(objects(iri, `${SKOS}broader`).map((o) => o.value)).toEqual([termIri(term.parent)]);
      }
    }
  });

  it('links a retired term to its replacement both ways', async () => {
    const quads = await toQuads(toSkosJsonLd({ versions: [LATEST_VERSION] }));
    const has = (s: string, p: string, o: string) =>
      quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(termIri('bd24-missie-4'), `${DCT}isReplacedBy`, termIri('ks5-missie-4'))).toBe(true);
    expect(has(termIri('ks5-missie-4'), `${DCT}replaces`, termIri('bd24-missie-4'))).toBe(true);
    expect(has(termIri('bd24-missie-4'), 'http://www.w3.org/2002/07/owl#deprecated', 'true')).toBe(true);
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vertelpunt-qdc-'));

  it.each(VERSION_IDS.map((v) => [v]))('is valid against Codebook.xsd for %s (xmllint)', (version) => {
    const file = join(dir, `${version}.qdc`);
    writeFileSync(file, toQdc({ version }));
    const out = execFileSync('xmllint', ['--noout', '--schema', join(REPO_ROOT, 'test/refi-qda/Codebook.xsd'), file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });

  it('has one codable code per active term, with stable GUIDs and sub-points nested', () => {
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'Code' || name === 'Set' || name === 'MemberCode',
    }).parse(toQdc());
    type Code = { guid: string; name: string; isCodable: string; Code?: Code[] };
    const flat: Code[] = [];
    const walk = (codes: Code[] = []) => codes.forEach((c) => (flat.push(c), walk(c.Code)));
    walk(xml.CodeBook.Codes.Code);
    const codable = flat.filter((c) => c.isCodable === 'true');
    const terms = listTerms();
    expect(codable.map((c) => c.guid).sort()).toEqual(terms.map((t) => termGuid(t.id)).sort());
    const missionOne = flat.find((c) => c.guid === termGuid('ks5-missie-1'))!;
    expect(missionOne.Code?.map((c) => c.guid)).toEqual(['1a', '1b', '1c', '1d'].map((n) => termGuid(`ks5-missie-${n}`)));
    expect(termGuid('kernwaarde-lef')).toBe(termGuid('kernwaarde-lef'));
    expect(xml.CodeBook.Sets.Set.flatMap((s: { MemberCode: unknown[] }) => s.MemberCode)).toHaveLength(terms.length);
  });

  it('escapes markup in names and descriptions', () => {
    expect(toQdc({ language: 'en' })).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('CSV of the terms', () => {
  it('parses back to one row per term, fields intact, CRLF between records', () => {
    const csv = toCsv({ version: LATEST_VERSION, includeDeprecated: true });
    const { data, errors, meta } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(meta.linebreak).toBe('\r\n');
    expect(meta.fields).toEqual([...TERM_CSV_COLUMNS]);
    expect(Papa.parse(toCsv({ version: LATEST_VERSION }), { header: true, skipEmptyLines: true }).data).toHaveLength(listTerms().length);
    const all = listTerms({ includeDeprecated: true });
    expect(data).toHaveLength(all.length);
    const lef = data.find((r) => r.id === 'kernwaarde-lef')!;
    expect(lef.label_nl).toBe(getTerm('kernwaarde-lef')!.label.nl);
    expect(lef.keywords!.split('; ')).toEqual(getTerm('kernwaarde-lef')!.keywords);
    expect(data.find((r) => r.id === 'bd24-missie-1')).toMatchObject({ status: 'deprecated', replaced_by: 'ks5-missie-1' });
  });
});
