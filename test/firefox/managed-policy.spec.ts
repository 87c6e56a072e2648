// The organisation policy in Firefox ESR: policies.json's 3rdparty.Extensions section reaches the
// add-on's managed storage (no schema in Firefox: the extension's own check is the only one), and
// the options page shows it locked. The policy file is the test's own (browser.policies.alternatePath),
// so no other Firefox on the machine sees it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixturePages, type FixtureServer } from '../support/serve-fixture-pages.js';
import { launchFirefoxWithExtension, openExtensionPage, waitInPage, type FirefoxWithExtension } from './launch-firefox.js';
import { message } from './messages.js';

const GECKO_ID = 'vertelpunt@associatiewijkteams.nl';
const example = JSON.parse(readFileSync(new URL('../../docs/policies/firefox-policies.json', import.meta.url), 'utf8'));
const settings = example.policies['3rdparty'].Extensions[GECKO_ID];

let firefox: FirefoxWithExtension;
let fixtures: FixtureServer;
let policyDir: string;

beforeAll(async () => {
  policyDir = mkdtempSync(join(tmpdir(), 'vertelpunt-ff-policy-'));
  const policiesFile = join(policyDir, 'policies.json');
  // The documented example's settings, with one value no check in Firefox stops before the extension's.
  writeFileSync(
    policiesFile,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: { ...settings, minimumGroupSize: 'tien' } } } } }),
  );
  [firefox, fixtures] = await Promise.all([launchFirefoxWithExtension({ policiesFile }), serveFixturePages()]);
});

afterAll(async () => {
  try {
    await firefox?.close();
    await fixtures?.close();
  } finally {
    rmSync(policyDir, { recursive: true, force: true });
  }
});

describe('organisation policy in Firefox ESR', () => {
  test('the options page shows the organisation, its fixed values locked, and the value it ignored', async () => {
    const page = await openExtensionPage(firefox.browser, fixtures.origin, 'options.html');
    await waitInPage(page, (text) => document.body.innerText.includes(text), message('optionsManagedBy', settings.organisationName));
    const state = await page.evaluate(() => ({
      author: (document.getElementById('author') as HTMLInputElement).value,
      authorReadOnly: (document.getElementById('author') as HTMLInputElement).readOnly,
      consent: [...document.querySelectorAll<HTMLInputElement>('input[name="consent-status"]')].map((r) => [
        r.value,
        r.checked,
        r.disabled,
      ]),
      purpose: (document.getElementById('consent-purpose') as HTMLInputElement).value,
      alert: document.querySelector('[role="alert"]')?.textContent ?? '',
      systems: [...document.querySelectorAll('[data-origin]')].map((li) => li.getAttribute('data-origin')),
    }));
    expect(state.author).toBe(settings.professionalId);
    expect(state.authorReadOnly).toBe(true);
    expect(state.consent).toEqual([
      ['toestemming-inwoner', false, true],
      ['geanonimiseerd', true, true],
      ['alleen-intern', false, true],
    ]);
    expect(state.purpose).toBe(settings.consentPurpose);
    expect(state.alert).toContain('minimumGroupSize');
    // Why, in the interface's language: from the locale, not zod's English.
    expect(state.alert).toContain('ongeldige waarde: verwacht een getal, gevonden: tekst');
    expect(state.systems).toEqual(expect.arrayContaining(settings.caseSystems));
    await page.close();
  });
});
