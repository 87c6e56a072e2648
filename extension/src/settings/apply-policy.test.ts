import { describe, expect, it } from 'vitest';
import { applyPolicy } from './apply-policy';
import { POLICY_EXPORT_FORMATS } from './managed-policy';
import type { Settings } from './settings';

const USER: Settings = {
  systems: { 'https://reg.example.nl': { keepFullUrl: true } },
  author: 'Mijn label',
  defaultConsent: { status: 'toestemming-inwoner', purpose: 'Mijn doel' },
};

describe('applyPolicy', () => {
  it('without a policy, everything is the user’s and nothing is locked', () => {
    const effective = applyPolicy(USER, {});
    expect(effective).toMatchObject(USER);
    expect(effective.exportFormats).toEqual(POLICY_EXPORT_FORMATS);
    expect(effective.minimumGroupSize).toBeUndefined();
    expect(effective.locked).toEqual({ author: false, consentStatus: false, consentPurpose: false, systems: [] });
  });

  it('the policy’s values win over the user’s stored ones, and are locked', () => {
    const effective = applyPolicy(USER, {
      professionalId: 'wt-017',
      defaultConsent: 'alleen-intern',
      consentPurpose: 'Intern leren',
      minimumGroupSize: 8,
      exportFormats: ['csv-long'],
    });
    expect(effective.author).toBe('wt-017');
    expect(effective.defaultConsent).toEqual({ status: 'alleen-intern', purpose: 'Intern leren' });
    expect(effective.minimumGroupSize).toBe(8);
    expect(effective.exportFormats).toEqual(['csv-long']);
    expect(effective.locked).toMatchObject({ author: true, consentStatus: true, consentPurpose: true });
  });

  it('a part the policy leaves out stays the user’s', () => {
    const effective = applyPolicy(USER, { defaultConsent: 'alleen-intern' });
    expect(effective.defaultConsent).toEqual({ status: 'alleen-intern', purpose: 'Mijn doel' });
    expect(effective.author).toBe('Mijn label');
    expect(effective.locked).toMatchObject({ author: false, consentStatus: true, consentPurpose: false });
  });

  it('adds the organisation’s case systems and keeps the user’s choices for them', () => {
    const effective = applyPolicy(USER, {
      caseSystems: ['https://reg.example.nl', 'https://docs.example.nl'],
      organisationName: 'Gemeente X',
      team: 'Noord',
    });
    expect(effective.systems).toEqual({
      'https://reg.example.nl': { keepFullUrl: true },
      'https://docs.example.nl': { keepFullUrl: false },
    });
    expect(effective.locked.systems).toEqual(['https://reg.example.nl', 'https://docs.example.nl']);
    expect(effective.organisation).toEqual({ name: 'Gemeente X', team: 'Noord' });
    expect(USER.systems).toEqual({ 'https://reg.example.nl': { keepFullUrl: true } });
  });
});
