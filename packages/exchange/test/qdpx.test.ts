import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { aStory } from '@vertelpunt/stories/testing';
import { termGuid } from '@vertelpunt/taxonomy';
import { toQdpx } from '../src/index.js';

const PROJECT_XSD = fileURLToPath(new URL('../../../test/refi-qda/Project.xsd', import.meta.url));
const at = new Date('2026-11-23T10:00:00Z');

describe('REFI-QDA project (.qdpx)', () => {
  const stories = [
    aStory({ text: 'Samen met de inwoner 😀 gekeken & besproken <wat> kan.', tags: { version: 'koers-v5-2024-09', terms: ['kernwaarde-samen', 'opgave-armoede'] } }),
    aStory({ tags: { version: 'brondocument-2024-08', terms: ['bd24-missie-2'] } }),
  ];
  const zip = unzipSync(toQdpx(stories, { exportedAt: at }));

  it('holds project.qde valid against Project.xsd (xmllint) and the text of every story', () => {
    expect(Object.keys(zip).sort()).toEqual(['project.qde', ...stories.map((s) => `sources/${s.id}.txt`)].sort());
    const dir = mkdtempSync(join(tmpdir(), 'qdpx-'));
    writeFileSync(join(dir, 'project.qde'), zip['project.qde']!);
    const out = execFileSync('xmllint', ['--noout', '--schema', PROJECT_XSD, join(dir, 'project.qde')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    expect(strFromU8(zip[`sources/${stories[0]!.id}.txt`]!)).toBe(stories[0]!.text);
  });

  it('codes each story with its terms, older stories with their Koers v5 terms, selections in code points', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['TextSource', 'Coding', 'Code'].includes(name) }).parse(strFromU8(zip['project.qde']!));
    const [first, second] = xml.Project.Sources.TextSource;
    expect(first.PlainTextSelection.Coding.map((c: { CodeRef: { targetGUID: string } }) => c.CodeRef.targetGUID)).toEqual([termGuid('kernwaarde-samen'), termGuid('opgave-armoede')]);
    expect(Number(first.PlainTextSelection.endPosition)).toBe([...stories[0]!.text].length);
    expect(second.PlainTextSelection.Coding[0].CodeRef.targetGUID).toBe(termGuid('ks5-missie-2'));
  });

  it('is the same bytes when exported twice', () => {
    expect(toQdpx(stories, { exportedAt: at })).toEqual(toQdpx(stories, { exportedAt: at }));
  });
});
