import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  canMigrate,
  getTerm,
  LATEST_VERSION,
  listChildren,
  listFacets,
  listTerms,
  listVersions,
  migrateTagSet,
  MigrationError,
  searchTerms,
  TagSetSchema,
  validateTagSet,
  type TermId,
} from '../src/index.js';

const OLD = 'brondocument-2024-08' as const;
const NEW = 'koers-v5-2024-09' as const;
const REVISED = 'koers-v5-herzien-2026-11' as const;

describe('term ids are a union type', () => {
  it('accepts real ids and rejects typos at compile time', () => {
    expectTypeOf<'kernwaarde-lef'>().toExtend<TermId>();
    // @ts-expect-error a typo in a tag is a compile error
    const typo: TermId = 'kernwaarde-leff';
    expect(getTerm(typo)).toBeUndefined();
  });
});

describe('the revised koers (koers-v5-herzien-2026-11)', () => {
  it('retires waarde-fatsoen, which no seed calls a value: old tag sets move to medemenselijkheid', () => {
    expect(getTerm('waarde-fatsoen', REVISED)).toMatchObject({
      status: 'deprecated',
      replacedBy: 'waarde-medemenselijkheid',
      version: REVISED,
    });
    expect(validateTagSet({ version: REVISED, terms: ['waarde-fatsoen'] }).issues[0]).toMatchObject({
      code: 'deprecated-term',
      replacement: 'waarde-medemenselijkheid',
    });
    const moved = migrateTagSet({ version: NEW, terms: ['waarde-fatsoen', 'waarde-medemenselijkheid', 'kernwaarde-lef'] }, REVISED);
    expect(moved.tagSet.terms).toEqual(['waarde-medemenselijkheid', 'kernwaarde-lef']);
    expect(moved.changes).toEqual([{ from: 'waarde-fatsoen', to: ['waarde-medemenselijkheid'] }]);
    expect(migrateTagSet({ version: OLD, terms: ['bd24-missie-2', 'waarde-fatsoen'] }, REVISED).tagSet.terms).toEqual([
      'ks5-missie-2',
      'waarde-medemenselijkheid',
    ]);
  });

  it('has the terms the seeds name that were missing, each citing its seed', () => {
    const added = [
      'rol-koploper',
      'opgave-jeugd-en-gezin',
      'opgave-eenvoud',
      'opgave-jongeren-grens-volwassenheid',
      'opgave-levenslange-beperking',
    ];
    for (const id of added) {
      expect(getTerm(id, REVISED)?.status, id).toBe('active');
      expect(getTerm(id, NEW), `${id} is new in ${REVISED}`).toBeUndefined();
    }
    expect(getTerm('opgave-jongeren-grens-volwassenheid')!.citation.seed).toBe('003_d5dbddfb955cbd40.txt');
    expect(getTerm('opgave-jeugd-en-gezin')!.citation.seed).toBe('004_e588f6c21ddcc605.txt');
  });

  it('no longer carries the keywords the issue named as contradicting the seeds or triggering wrongly', () => {
    const bare = new Map([
      ['rol-spelverdeler', 'regie'],
      ['ks5-missie-2', 'wijk'],
      ['opdracht-buurten-wijken', 'wijk'],
      ['ks5-missie-1b', 'werk'],
      ['opgave-eenzaamheid', 'alleen'],
      ['opgave-prestatiedruk', 'druk'],
      ['opgave-rechtsbescherming', 'klacht'],
      ['beweging-ketens-naar-netwerken', 'naast elkaar'],
    ]);
    for (const version of [OLD, NEW, REVISED]) {
      for (const term of listTerms({ version })) {
        expect(term.keywords, `${version} ${term.id}`).not.toContain(bare.get(term.id) ?? '\u0000');
        expect(term.keywords, `${version} ${term.id}`).not.toContain('samen');
      }
    }
  });
});

describe('lookup and listing', () => {
  it('orders versions oldest first and marks the latest', () => {
    expect(listVersions().map((v) => v.id)).toEqual([OLD, NEW, REVISED]);
    expect(LATEST_VERSION).toBe(REVISED);
    expect(
      listVersions()
        .filter((v) => v.isLatest)
        .map((v) => v.id),
    ).toEqual([REVISED]);
  });

  it('looks up a term as a given version knows it', () => {
    expect(getTerm('kernwaarde-lef')?.label.nl).toBe('Lef');
    expect(getTerm('bd24-missie-3', OLD)?.status).toBe('active');
    const retired = getTerm('bd24-missie-3', NEW)!;
    expect(retired).toMatchObject({ status: 'deprecated', replacedBy: 'ks5-missie-3', definedIn: OLD, version: NEW });
    expect(getTerm('ks5-missie-7', OLD)).toBeUndefined();
    expect(getTerm('no-such-term')).toBeUndefined();
  });

  it('lists by version, kind and facet, active terms only unless asked', () => {
    // The koers has three core values ('Kernwaarden AW', seed 002 §2); the bijpassende waarden are values, not core values.
    for (const version of [OLD, NEW, REVISED]) {
      expect(listTerms({ version, kind: 'core-value' }).map((t) => t.id)).toEqual([
        'kernwaarde-lef',
        'kernwaarde-pragmatisch',
        'kernwaarde-samen',
      ]);
    }
    expect(listTerms({ kind: 'core-value' }).every((t) => t.version === REVISED)).toBe(true);
    expect(listTerms({ kind: 'value' }).map((t) => t.id)).toEqual([
      'waarde-zorgzaamheid',
      'waarde-compassie',
      'waarde-rechtvaardigheid',
      'waarde-medemenselijkheid',
    ]);
    expect(listTerms({ facet: 'kernwaarden' }).map((t) => t.id)).toEqual(['kernwaarde-lef', 'kernwaarde-pragmatisch', 'kernwaarde-samen']);
    expect(listTerms({ version: OLD }).some((t) => t.id === 'ks5-missie-7')).toBe(false);
    expect(listTerms().some((t) => t.status === 'deprecated')).toBe(false);
    const withRetired = listTerms({ includeDeprecated: true });
    expect(withRetired.filter((t) => t.status === 'deprecated').map((t) => t.id)).toContain('bd24-missie-1a');
  });

  it('lists facets per kind and sub-points per parent', () => {
    expect(listFacets(NEW, 'theme').map((f) => f.id)).toEqual([
      'brede-opdracht',
      'beweging',
      'maatschappelijke-opgaven',
      'rollen',
      'lessen',
    ]);
    expect(listChildren('ks5-missie-1').map((t) => t.notation)).toEqual(['1a', '1b', '1c', '1d']);
  });
});

describe('search', () => {
  it('finds labels and keywords regardless of case and diacritics', () => {
    expect(searchTerms('EENZAAMHEID')[0]?.term.id).toBe('opgave-eenzaamheid');
    expect(searchTerms('nieuwsgierig').map((h) => h.term.id)).toContain('kernwaarde-lef');
    expect(searchTerms('nieuwsgierig')[0]).toMatchObject({ matchedOn: 'keyword' });
    expect(searchTerms('zorgzáámheid')[0]?.term.id).toBe('waarde-zorgzaamheid');
  });

  it('searches English labels, and only the chosen languages', () => {
    expect(searchTerms('poverty')[0]?.term.id).toBe('opgave-armoede');
    expect(searchTerms('poverty', { languages: ['nl'] }).map((h) => h.term.id)).not.toContain('opgave-armoede');
  });

  it('needs every word of the query, and finds nothing in an empty query', () => {
    expect(searchTerms('lef armoede')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('a', { limit: 2 }).length).toBeLessThanOrEqual(2);
  });
});

describe('validating a tag set', () => {
  it('accepts active terms of its version', () => {
    const result = validateTagSet({ version: NEW, terms: ['ks5-missie-7', 'kernwaarde-lef'] });
    expect(result).toMatchObject({ ok: true, tagSet: { version: NEW, terms: ['ks5-missie-7', 'kernwaarde-lef'] } });
  });

  it('names an unknown id, a term of another version and a deprecated term with its replacement', () => {
    const result = validateTagSet({ version: NEW, terms: ['kernwaarde-lef', 'kernwaarde-leff', 'bd24-missie-2'] });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'unknown-term', path: ['terms', 1], message: "unknown term id 'kernwaarde-leff'" }),
      expect.objectContaining({ code: 'deprecated-term', path: ['terms', 2], replacement: 'ks5-missie-2' }),
    ]);
    const old = validateTagSet({ version: OLD, terms: ['ks5-missie-7'] });
    expect(old.issues[0]).toMatchObject({ code: 'term-not-in-version', message: expect.stringContaining("belongs to 'koers-v5-2024-09'") });
  });

  it('names a wrong or unknown version, duplicates, an empty set and a bad shape', () => {
    expect(validateTagSet({ version: OLD, terms: ['kernwaarde-lef'] }, { version: NEW }).issues[0]).toMatchObject({
      code: 'wrong-version',
      path: ['version'],
    });
    expect(validateTagSet({ version: 'v9', terms: [] }).issues[0]).toMatchObject({ code: 'unknown-version' });
    expect(validateTagSet({ version: NEW, terms: ['kernwaarde-lef', 'kernwaarde-lef'] }).issues[0]).toMatchObject({
      code: 'duplicate-term',
      path: ['terms', 1],
    });
    expect(validateTagSet({ version: NEW, terms: [] }).issues[0]).toMatchObject({ code: 'empty' });
    expect(validateTagSet({ version: NEW, terms: 'kernwaarde-lef' }).issues[0]).toMatchObject({ code: 'invalid-shape', path: ['terms'] });
  });

  it('works as a zod schema at a boundary', () => {
    expect(TagSetSchema.parse({ version: NEW, terms: ['kernwaarde-samen'] })).toEqual({ version: NEW, terms: ['kernwaarde-samen'] });
    const failed = TagSetSchema.safeParse({ version: NEW, terms: ['nope'] });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]).toMatchObject({ path: ['terms', 0], message: "unknown term id 'nope'" });
  });
});

describe('migrating a tag set', () => {
  it('moves Brondocument tags to Koers v5, keeping shared terms and order', () => {
    const { tagSet, changes } = migrateTagSet({ version: OLD, terms: ['bd24-missie-1b', 'kernwaarde-samen', 'bd24-missie-5'] }, NEW);
    expect(tagSet).toEqual({ version: NEW, terms: ['ks5-missie-1b', 'kernwaarde-samen', 'ks5-missie-5'] });
    expect(changes).toEqual([
      { from: 'bd24-missie-1b', to: ['ks5-missie-1b'] },
      { from: 'bd24-missie-5', to: ['ks5-missie-5'] },
    ]);
    expect(validateTagSet(tagSet).ok).toBe(true);
  });

  it('migrates every Brondocument term to a valid Koers v5 tag set', () => {
    const everything = listTerms({ version: OLD }).map((t) => t.id);
    const { tagSet } = migrateTagSet({ version: OLD, terms: everything }, NEW);
    expect(validateTagSet(tagSet)).toMatchObject({ ok: true });
  });

  it('is the identity within one version and refuses to go backwards', () => {
    expect(migrateTagSet({ version: NEW, terms: ['ks5-missie-7'] }, NEW)).toEqual({
      tagSet: { version: NEW, terms: ['ks5-missie-7'] },
      changes: [],
    });
    expect(canMigrate(NEW, OLD)).toBe(false);
    expect(() => migrateTagSet({ version: NEW, terms: ['ks5-missie-7'] }, OLD)).toThrow(MigrationError);
    expect(() => migrateTagSet({ version: OLD, terms: ['ks5-missie-7' as TermId] }, NEW)).toThrow(/invalid tag set/);
  });
});
