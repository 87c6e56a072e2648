// Walks every term of every version and checks the rules the vocabulary lives by.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferenceProblems } from '../scripts/check-references.js';
import { readTaxonomyFiles } from '../scripts/read-taxonomy-files.js';
import { renderGeneratedModule } from '../scripts/render-generated-module.js';
import { GENERATED_MODULE } from '../scripts/generate.js';
import { getTerm, LATEST_VERSION, listTerms, listVersions, MIGRATION_FILES, VERSION_FILES, type Term } from '../src/index.js';
import { foldedSeed, squash, TAXONOMY_DIR } from './helpers.js';

const files = readTaxonomyFiles(TAXONOMY_DIR);
const allTerms = VERSION_FILES.flatMap((v) => v.terms.map((t) => ({ ...t, version: v.version })));

describe('the data files', () => {
  it('parse, and every reference between them resolves', () => {
    expect(files.versions.length).toBeGreaterThanOrEqual(2);
    expect(findReferenceProblems(files)).toEqual([]);
  });

  it('are what the generated module carries (run `pnpm --filter @vertelpunt/taxonomy generate` after editing)', () => {
    expect(readFileSync(GENERATED_MODULE, 'utf8')).toBe(renderGeneratedModule(files));
  });

  it('hold the versions named in the brief, with 6 and 7 mission points, and the revised koers with the same 7', () => {
    const missionPoints = (version: string) =>
      VERSION_FILES.find((v) => v.version === version)!.terms.filter((t) => t.kind === 'mission-point' && t.parent === undefined);
    expect(missionPoints('brondocument-2024-08')).toHaveLength(6);
    expect(missionPoints('koers-v5-2024-09')).toHaveLength(7);
    expect(missionPoints('koers-v5-herzien-2026-11').map((t) => t.id)).toEqual(missionPoints('koers-v5-2024-09').map((t) => t.id));
    expect(listTerms({ version: 'koers-v5-2024-09', facet: 'missie' }).filter((t) => t.parent === 'ks5-missie-1')).toHaveLength(4);
  });
});

describe.each(VERSION_FILES.map((v) => [v.version, v] as const))('every term of %s', (_, version) => {
  it('has a unique id', () => {
    const ids = version.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(version.terms.map((t) => [t.id, t] as const))(
    '%s: labels and descriptions in nl and en, its quote found in the cited seed',
    (_, term) => {
      for (const lang of ['nl', 'en'] as const) {
        expect(term.label[lang].trim()).not.toBe('');
        expect(term.description[lang].trim().length).toBeGreaterThan(10);
      }
      const seed = foldedSeed(term.citation.seed);
      expect(seed, `quote of ${term.id} not in ${term.citation.seed}`).toContain(squash(term.citation.quote));
      expect(term.keywords.every((k) => k === k.toLowerCase())).toBe(true);
      expect(new Set(term.keywords).size).toBe(term.keywords.length);
    },
  );
});

describe('across versions', () => {
  it('an id used in two versions means the same thing in both', () => {
    const byId = new Map<string, typeof allTerms>();
    for (const term of allTerms) byId.set(term.id, [...(byId.get(term.id) ?? []), term]);
    for (const [id, uses] of byId) {
      const [first, ...rest] = uses;
      for (const other of rest) {
        const meaning = (t: typeof first) => ({
          kind: t!.kind,
          facet: t!.facet,
          label: t!.label,
          description: t!.description,
          parent: t!.parent,
          notation: t!.notation,
        });
        expect(meaning(other), `${id} in ${other.version} vs ${first!.version}`).toEqual(meaning(first));
      }
    }
  });

  it('every replacement chain ends in an active term of the latest version', () => {
    const followChain = (start: Term): Term => {
      const seen = new Set<string>();
      let term = start;
      while (term.status === 'deprecated') {
        expect(seen.has(term.id), `replacement cycle at ${term.id}`).toBe(false);
        seen.add(term.id);
        expect(term.replacedBy, `${term.id} is deprecated without a replacement`).toBeDefined();
        const next = getTerm(term.replacedBy!, LATEST_VERSION);
        expect(next, `${term.id} → ${term.replacedBy} does not exist in ${LATEST_VERSION}`).toBeDefined();
        term = next!;
      }
      return term;
    };
    const known = new Set(allTerms.map((t) => t.id));
    for (const id of known) {
      const end = followChain(getTerm(id, LATEST_VERSION)!);
      expect(end.status).toBe('active');
      expect(end.version).toBe(LATEST_VERSION);
    }
  });

  it('the latest version still knows every id ever issued (ids are never deleted)', () => {
    for (const term of allTerms) expect(getTerm(term.id, LATEST_VERSION), term.id).toBeDefined();
  });

  it('each migration map is total over its source version and lands on terms of its target', () => {
    expect(MIGRATION_FILES.length).toBe(listVersions().length - 1);
    for (const migration of MIGRATION_FILES) {
      const from = VERSION_FILES.find((v) => v.version === migration.from)!.terms;
      expect(Object.keys(migration.map).sort()).toEqual(from.map((t) => t.id).sort());
      for (const targets of Object.values(migration.map)) {
        for (const target of targets) expect(getTerm(target, migration.to as never)?.status).toBe('active');
      }
    }
  });
});

describe('kinds', () => {
  it.each(VERSION_FILES.map((v) => [v.version, v] as const))(
    '%s has exactly the three core values of seed 002 §2 (Kernwaarden AW)',
    (_, version) => {
      const core = version.terms.filter((t) => t.kind === 'core-value');
      expect(core.map((t) => t.label.nl)).toEqual(['Lef', 'Pragmatisch', 'Samen']);
      for (const term of core) expect(term.citation).toMatchObject({ seed: '002_1107fafbeaf3e1bd.txt', section: 'Kernwaarden AW' });
      expect(version.terms.filter((t) => t.facet === 'bijpassende-waarden').every((t) => t.kind === 'value')).toBe(true);
    },
  );
});

describe('descriptions say what the seeds say', () => {
  const seedFiles = files.seeds.map((s) => s.file);
  it.each(allTerms.map((t) => [`${t.version} ${t.id}`, t] as const))('%s: every passage it quotes is in a seed', (_, term) => {
    // Quotes are in single quotes; an apostrophe inside a word (thema's) is not one.
    const quoted = [...term.description.nl.matchAll(/(?<![\p{L}])'([^']+)'(?![\p{L}])/gu)].map((m) => m[1]!);
    for (const quote of quoted) {
      expect(
        seedFiles.some((file) => foldedSeed(file).includes(squash(quote))),
        `${term.id}: '${quote}' is in no seed`,
      ).toBe(true);
    }
  });
});

describe('provenance', () => {
  const seedDate = new Map(files.seeds.map((s) => [s.file, s.date]));

  it('every seed a term cites is dated in seeds/index.yaml', () => {
    for (const term of allTerms) expect(seedDate.has(term.citation.seed), term.citation.seed).toBe(true);
  });

  it.each(VERSION_FILES.map((v) => [v.version, v] as const))(
    '%s: each term once, under the seed it cites; a seed dated after the version only as retrospective, with a reason',
    (_, version) => {
      const listed = version.provenance.flatMap((entry) => entry.terms.map((id) => [id, entry] as const));
      expect(listed.map(([id]) => id).sort()).toEqual(version.terms.map((t) => t.id).sort());
      for (const [id, entry] of listed) {
        const term = version.terms.find((t) => t.id === id)!;
        expect(entry.seed, id).toBe(term.citation.seed);
        const later = seedDate.get(entry.seed)!.slice(0, 7) > version.published;
        expect(entry.retrospective, `${version.version}: ${id} from ${entry.seed}`).toBe(later);
        expect(entry.reason.length).toBeGreaterThan(40);
      }
    },
  );

  it('the Brondocument version takes only its mission and the four shifts from the Brondocument (seed 003), and says so', () => {
    const bd = VERSION_FILES.find((v) => v.version === 'brondocument-2024-08')!;
    const fromBrondocument = bd.provenance.filter((e) => e.seed === '003_d5dbddfb955cbd40.txt').flatMap((e) => e.terms);
    expect(fromBrondocument.filter((id) => id.startsWith('bd24-missie-'))).toHaveLength(10);
    expect(fromBrondocument.filter((id) => !id.startsWith('bd24-missie-')).every((id) => id.startsWith('beweging-'))).toBe(true);
    expect(
      bd.provenance
        .filter((e) => e.retrospective)
        .map((e) => e.seed)
        .sort(),
    ).toEqual(['002_1107fafbeaf3e1bd.txt', '004_e588f6c21ddcc605.txt']);
  });

  it('the latest version takes nothing from a later seed', () => {
    expect(VERSION_FILES.find((v) => v.version === LATEST_VERSION)!.provenance.some((e) => e.retrospective)).toBe(false);
  });

  it('the generator refuses a provenance that hides a later seed or misses a term', () => {
    const broken = structuredClone(files);
    const bd = broken.versions.find((v) => v.version === 'brondocument-2024-08')!;
    bd.provenance = bd.provenance.map((e) => ({ ...e, retrospective: false }));
    bd.provenance[0]!.terms.pop();
    const problems = findReferenceProblems(broken);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /provenance\[\d\]: seed '002_1107fafbeaf3e1bd.txt' \(2024-09\) is later than the version \(2024-08\); mark the entry retrospective/,
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/provenance: term '[a-z0-9-]+' is listed 0 times/));
  });
});

describe('the changelog', () => {
  const ordered = VERSION_FILES.map((v) => v.version);

  it('has one file per version after the first', () => {
    expect(files.changes.map((c) => c.version)).toEqual(ordered.slice(1).filter((v) => files.changes.some((c) => c.version === v)));
    expect(files.changes.map((c) => c.version)).toContain(LATEST_VERSION);
  });

  it.each(files.changes.flatMap((log) => log.changes.map((c, i) => [`${log.version} #${i} ${c.what} ${c.terms.join(' ')}`, c] as const)))(
    '%s: cites a passage found in its seed and names terms of the versions it lists',
    (_, change) => {
      expect(foldedSeed(change.citation.seed), change.citation.quote).toContain(squash(change.citation.quote));
      for (const id of change.terms) {
        const defined = change.versions.filter((v) => VERSION_FILES.find((f) => f.version === v)!.terms.some((t) => t.id === id));
        expect(defined.length + (change.what === 'retired' ? 1 : 0), `${id} in ${change.versions.join(', ')}`).toBeGreaterThan(0);
      }
    },
  );

  it('records every term a version adds and every term it drops, and what a dropped term becomes', () => {
    for (const log of files.changes) {
      const at = ordered.indexOf(log.version);
      const before = new Set(VERSION_FILES[at - 1]!.terms.map((t) => t.id));
      const now = new Set(VERSION_FILES[at]!.terms.map((t) => t.id));
      const recorded = (what: string) => new Set(log.changes.filter((c) => c.what === what).flatMap((c) => c.terms));
      expect([...now].filter((id) => !before.has(id) && !/^ks5-|^bd24-/.test(id)).sort()).toEqual([...recorded('added')].sort());
      expect([...before].filter((id) => !now.has(id)).sort()).toEqual([...recorded('retired')].sort());
      for (const id of recorded('retired')) {
        expect(getTerm(id, log.version as never)).toMatchObject({ status: 'deprecated' });
        expect(getTerm(id, log.version as never)?.replacedBy).toBeDefined();
      }
    }
  });
});
