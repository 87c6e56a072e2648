import { describe, expect, it } from 'vitest';
import { sayIn } from '../locale-say.testing';
import { parseManagedPolicy, POLICY_PROBLEM_CODES } from './managed-policy';
import { POLICY_PROBLEM_KEYS, policyProblemText } from './policy-problem-text';
import { localeMessages } from '../locale-say.testing';

const nl = sayIn('nl');
const en = sayIn('en');
// zod's English and the parser's own, which must not reach the Dutch options page.
const ENGLISH = /\b(?:Invalid|input|expected|received|string|number|unknown setting|origin:|too small|too big|option)\b/i;

describe('policyProblemText', () => {
  it('has a message in both locales for every policy problem code', () => {
    for (const lang of ['nl', 'en'] as const)
      expect(POLICY_PROBLEM_CODES.filter((code) => !localeMessages(lang)[POLICY_PROBLEM_KEYS[code]])).toEqual([]);
  });

  it('says why each ignored part of a policy was ignored, in Dutch for nl and in English for en', () => {
    const { problems } = parseManagedPolicy({
      colour: 'blauw',
      minimumGroupSize: 0,
      defaultConsent: 'misschien',
      team: 7,
      caseSystems: ['https://goed.voorbeeld.nl', 'https://Registratie.Voorbeeldstad.nl/pad'],
      exportFormats: ['csv-long', 'pdf'],
    });
    const byKey = (say: typeof nl) => Object.fromEntries(problems.map((p) => [p.key, policyProblemText(p, say)]));
    expect(byKey(nl)).toEqual({
      colour: `onbekende instelling (bekend: ${nl.format.list(['organisationName', 'team', 'professionalId', 'caseSystems', 'defaultConsent', 'consentPurpose', 'minimumGroupSize', 'exportFormats'])})`,
      minimumGroupSize: 'ongeldige waarde: moet minstens 1 zijn',
      defaultConsent: "ongeldige waarde: verwacht 'toestemming-inwoner', 'geanonimiseerd' of 'alleen-intern'",
      team: 'ongeldige waarde: verwacht tekst, gevonden: een getal',
      'caseSystems[1]':
        '"https://Registratie.Voorbeeldstad.nl/pad" is ongeldig: geen herkomst: verwacht http(s)://host[:poort], in kleine letters, zonder pad',
      'exportFormats[1]': expect.stringMatching(/^"pdf" is ongeldig: verwacht 'csv-long', .* of 'parquet'$/) as string,
    });
    expect(byKey(en)).toMatchObject({
      minimumGroupSize: 'invalid value: must be at least 1',
      team: 'invalid value: expected text, found a number',
      'caseSystems[1]':
        '"https://Registratie.Voorbeeldstad.nl/pad" is invalid: not an origin: expected http(s)://host[:port], in lower case, with no path',
    });
    for (const text of Object.values(byKey(nl))) expect(text).not.toMatch(ENGLISH);
    // The English stays in `message`, for the console and the administrator's logs.
    expect(problems.find((p) => p.key === 'team')!.message).toMatch(/expected string, received number/);
  });

  it('words a policy that is not an object of settings', () => {
    const [problem] = parseManagedPolicy(['a']).problems;
    expect(policyProblemText(problem!, nl)).toBe('het beleid is geen verzameling instellingen (verwacht: een object)');
    expect(policyProblemText(problem!, en)).toBe('the policy is not a set of settings (expected an object)');
  });
});
