import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy, POLICY_KEYS } from './managed-policy';

const VALID = {
  organisationName: 'Gemeente Voorbeeldstad',
  team: 'Wijkteam Noord',
  professionalId: 'wt-noord-017',
  caseSystems: ['https://registratie.voorbeeldstad.nl', 'http://localhost:8080'],
  defaultConsent: 'alleen-intern',
  consentPurpose: 'Intern leren.',
  minimumGroupSize: 10,
  exportFormats: ['csv-long', 'qdpx'],
};

describe('parseManagedPolicy', () => {
  it('takes a valid policy whole', () => {
    expect(parseManagedPolicy(VALID)).toEqual({ policy: VALID, problems: [] });
  });

  it('treats no policy as an empty one', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(parseManagedPolicy({})).toEqual({ policy: {}, problems: [] });
  });

  it('leaves out only the invalid values, and names each', () => {
    const { policy, problems } = parseManagedPolicy({
      ...VALID,
      defaultConsent: 'altijd',
      minimumGroupSize: 2.5,
      consentPurpose: 'x'.repeat(501),
      colour: 'red',
    });
    expect(policy).toEqual({
      ...VALID,
      defaultConsent: undefined,
      minimumGroupSize: undefined,
      consentPurpose: undefined,
      colour: undefined,
    });
    expect(Object.keys(policy).sort()).toEqual(['caseSystems', 'exportFormats', 'organisationName', 'professionalId', 'team']);
    expect(problems.map((p) => p.key).sort()).toEqual(['colour', 'consentPurpose', 'defaultConsent', 'minimumGroupSize']);
    expect(problems.find((p) => p.key === 'defaultConsent')!.message).toMatch(/toestemming-inwoner/);
    expect(problems.find((p) => p.key === 'colour')!.message).toMatch(/unknown setting/);
  });

  it('drops a bad entry of a list on its own and keeps the good ones', () => {
    const { policy, problems } = parseManagedPolicy({
      caseSystems: ['https://reg.example.nl', 'https://Reg.Example.nl/dossiers', 42],
      exportFormats: ['json', 'backup', 'json'],
    });
    expect(policy).toEqual({ caseSystems: ['https://reg.example.nl'], exportFormats: ['json'] });
    expect(problems.map((p) => p.key)).toEqual(['caseSystems[1]', 'caseSystems[2]', 'exportFormats[1]']);
    expect(problems[0]!.message).toContain('no path');
  });

  it('refuses a policy that is not an object of settings, without throwing', () => {
    for (const raw of ['tekst', 3, ['a'], true]) {
      const { policy, problems } = parseManagedPolicy(raw);
      expect(policy).toEqual({});
      expect(problems).toHaveLength(1);
    }
  });

  it('never throws and keeps only known settings, whatever arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.constantFrom(...POLICY_KEYS, 'other'), fc.jsonValue()), (any, dict) => {
        for (const raw of [any, dict]) {
          const { policy } = parseManagedPolicy(raw);
          expect(Object.keys(policy).every((key) => (POLICY_KEYS as string[]).includes(key))).toBe(true);
        }
      }),
    );
  });
});
