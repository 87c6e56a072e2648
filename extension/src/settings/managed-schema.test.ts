import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONSENT_STATUSES } from '@vertelpunt/stories';
import { parseManagedPolicy, POLICY_EXPORT_FORMATS, POLICY_KEYS } from './managed-policy';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
const schema = JSON.parse(read('../../public/managed-schema.json'));
const POLICY_DIR = '../../../docs/policies/';
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

/**
 * A `.reg` file's `3rdparty\extensions\<id>\policy` keys as the browser reads them: strings,
 * dwords as numbers, and a subkey with values 1, 2, 3… as a list.
 */
function policyFromReg(text: string): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  let list: string | undefined;
  let inPolicy = false;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[.*\\3rdparty\\extensions\\[a-p]{32}\\policy(?:\\(\w+))?\]$/.exec(line);
    if (line.startsWith('[')) {
      inPolicy = key !== null;
      list = key?.[1];
      if (list) policy[list] = [];
      continue;
    }
    const value = /^"(\w+)"=(?:"(.*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!inPolicy || !value) continue;
    const parsed = value[2] !== undefined ? value[2].replace(/\\(.)/g, '$1') : parseInt(value[3]!, 16);
    if (list) (policy[list] as unknown[]).push(parsed);
    else policy[value[1]!] = parsed;
  }
  return policy;
}

/** The extension's part of each example policy file. */
function examplePolicies(): [string, Record<string, unknown>][] {
  return readdirSync(fileURLToPath(new URL(POLICY_DIR, import.meta.url))).map((file) => {
    const text = read(POLICY_DIR + file);
    if (file.endsWith('.reg')) return [file, policyFromReg(text)];
    const json = JSON.parse(text);
    const chromium = json['3rdparty']?.extensions;
    const firefox = json.policies?.['3rdparty']?.Extensions;
    return [file, Object.values((chromium ?? firefox) as Record<string, Record<string, unknown>>)[0]!];
  });
}

describe('managed-schema.json', () => {
  it('describes exactly the settings the extension reads, with the same allowed values', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(schema.properties.defaultConsent.enum).toEqual([...CONSENT_STATUSES]);
    expect(schema.properties.exportFormats.items.enum).toEqual([...POLICY_EXPORT_FORMATS]);
  });

  it('uses only what Chrome’s policy schema supports', () => {
    const SUPPORTED = new Set([
      'type',
      'title',
      'description',
      'properties',
      'items',
      'enum',
      'minimum',
      'maximum',
      'pattern',
      'additionalProperties',
      'id',
      '$ref',
    ]);
    const walk = (node: Record<string, unknown>): string[] =>
      Object.entries(node).flatMap(([key, value]) => {
        if (key === 'properties') return Object.values(value as Record<string, Record<string, unknown>>).flatMap(walk);
        if (key === 'items') return walk(value as Record<string, unknown>);
        return SUPPORTED.has(key) ? [] : [key];
      });
    expect(walk(schema)).toEqual([]);
  });

  it('refuses what the extension refuses (a check that can fail)', () => {
    expect(validate({ defaultConsent: 'altijd' })).toBe(false);
    expect(validate({ caseSystems: ['https://reg.example.nl/dossiers'] })).toBe(false);
    expect(validate({ exportFormats: ['backup'] })).toBe(false);
    expect(validate({ minimumGroupSize: 0 })).toBe(false);
  });
});

describe('the example policies in docs/policies', () => {
  const examples = examplePolicies();

  it('cover Chrome and Edge on Linux and Windows, and Firefox', () => {
    expect(examples.map(([file]) => file).sort()).toEqual([
      'chrome-linux.json',
      'chrome-windows.reg',
      'edge-linux.json',
      'edge-windows.reg',
      'firefox-policies.json',
    ]);
  });

  it.each(examples)('%s validates against the schema and the extension takes all of it', (_file, policy) => {
    expect(Object.keys(policy).sort()).toEqual([...POLICY_KEYS].sort());
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(parseManagedPolicy(policy)).toEqual({ policy, problems: [] });
  });

  it('say the same in every file', () => {
    const [first, ...rest] = examples.map(([, policy]) => policy);
    for (const policy of rest) expect(policy).toEqual(first);
  });
});
