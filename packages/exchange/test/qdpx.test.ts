import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termGuid, toQdc } from '@vertelpunt/taxonomy';
import { collectBytes, joinBytes, qdpxChunks, toQdpx } from '../src/index.js';
import { ProjectCompressor, qdpxEncoder, textSource, textSourceByBuilder, type ProjectDeflater } from '../src/qdpx.js';
import { aStory, arbitraryStory, BD, storyStream, V5 } from './factory.js';

const REFI = fileURLToPath(new URL('../../../test/refi-qda/', import.meta.url));
const at = new Date('2026-11-23T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'qdpx-'));

/** xmllint's verdict on a file against one of the REFI-QDA schemas ('' when valid). */
function xmllint(name: string, content: Uint8Array | string, schema: 'Project.xsd' | 'Codebook.xsd'): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  try {
    return execFileSync('xmllint', ['--noout', '--schema', join(REFI, schema), file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

/** What a call gives or the message it throws (a story cannot move to an older vocabulary: both refuse alike). */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

describe('REFI-QDA project (.qdpx)', () => {
  const stories = [
    aStory({
      text: 'Samen met de inwoner 😀 gekeken & besproken <wat> kan.',
      author: 'team-noord',
      notes: 'Voor de duidingssessie',
      tags: { version: V5, terms: ['kernwaarde-samen', 'opgave-armoede'] },
    }),
    aStory({ tags: { version: BD, terms: ['bd24-missie-2'] } }),
  ];
  const qdpx = toQdpx(stories, { exportedAt: at });
  const zip = unzipSync(qdpx);

  it('holds project.qde valid against Project.xsd (xmllint) and the text of every story', () => {
    expect(Object.keys(zip).sort()).toEqual(['project.qde', ...stories.map((s) => `sources/${s.id}.txt`)].sort());
    expect(xmllint('project.qde', zip['project.qde']!, 'Project.xsd')).toBe('');
    expect(strFromU8(zip[`sources/${stories[0]!.id}.txt`]!)).toBe(stories[0]!.text);
  });

  it('is a zip whose checksums hold (unzip -t)', () => {
    writeFileSync(join(dir, 'a.qdpx'), qdpx);
    expect(execFileSync('unzip', ['-t', join(dir, 'a.qdpx')], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('codes each story with its terms, older stories with their Koers v5 terms, selections in code points, with variables', () => {
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['TextSource', 'Coding', 'Code', 'VariableValue'].includes(name),
    }).parse(strFromU8(zip['project.qde']!));
    const [first, second] = xml.Project.Sources.TextSource;
    expect(first.PlainTextSelection.Coding.map((c: { CodeRef: { targetGUID: string } }) => c.CodeRef.targetGUID)).toEqual([
      termGuid('kernwaarde-samen'),
      termGuid('opgave-armoede'),
    ]);
    expect(Number(first.PlainTextSelection.endPosition)).toBe([...stories[0]!.text].length);
    expect(first.Description).toContain('Voor de duidingssessie');
    expect(first.VariableValue.map((v: { TextValue?: string; DateTimeValue?: string }) => v.TextValue ?? v.DateTimeValue)).toEqual([
      'https://registratie.example.nl',
      'team-noord',
      'geanonimiseerd',
      V5,
      stories[0]!.createdAt,
    ]);
    expect(second.PlainTextSelection.Coding[0].CodeRef.targetGUID).toBe(termGuid('ks5-missie-2'));
  });

  it('is valid with no stories at all', () => {
    expect(xmllint('empty.qde', unzipSync(toQdpx([], { exportedAt: at }))['project.qde']!, 'Project.xsd')).toBe('');
  });

  it('stays valid against Project.xsd when a title, note or author holds characters XML 1.0 forbids (issue 12, finding 11)', () => {
    const bad = '\u0000\u0001\u0008\u000b\u001f\ufffe\uffff\ud800';
    const story = aStory({ title: `Titel ${bad}x`, notes: `Notitie ${bad}`, author: `team ${bad}`, text: `Tekst ${bad} einde` });
    const files = unzipSync(toQdpx([story], { exportedAt: at }));
    expect(xmllint('forbidden.qde', files['project.qde']!, 'Project.xsd')).toBe('');
    const project = strFromU8(files['project.qde']!);
    expect(project).toContain(`Titel ${'\ufffd'.repeat(8)}x`);
    // The source text is well-formed UTF-8 with as many code points as the selection says.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(files[`sources/${story.id}.txt`]!);
    expect(project).toContain(`endPosition="${[...text].length}"`);
  });

  it('writes each source by hand as the XML builder writes it, on any story and any odd character (issue 14)', () => {
    const odd = fc.string({
      unit: fc.constantFrom('a', 'é', '😀', '&', '<', '>', '"', "'", '\n', '\t', '\u0000', '\u0007', '\ud800', '\udfff', '\ufffe', ' '),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        arbitraryStory,
        odd,
        odd,
        odd,
        fc.constantFrom(V5, BD, 'koers-v5-herzien-2026-11' as const),
        (story, title, notes, author, version) => {
          const strange = { ...story, title: title || 'x', notes, author: author || undefined, text: `${title}${story.text}` };
          for (const each of [story, strange])
            expect(outcome(() => textSource(each, version))).toBe(outcome(() => textSourceByBuilder(each, version)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is the same bytes when exported twice, and when streamed', async () => {
    expect(toQdpx(stories, { exportedAt: at })).toEqual(qdpx);
    const many = [...storyStream(300, 5)];
    expect(await collectBytes(qdpxChunks(many, { exportedAt: at }))).toEqual(toQdpx(many, { exportedAt: at }));
  });

  it('is the same bytes when project.qde is compressed elsewhere (as the extension does, in a second worker)', async () => {
    const many = [...storyStream(3000, 9)];
    // Another thread, as far as the encoder can tell: the pieces cross an await, the result comes later.
    const elsewhere = new ProjectCompressor();
    const pieces: string[] = [];
    const deflater: ProjectDeflater = {
      push: (xml, final) => {
        pieces.push(xml);
        void Promise.resolve().then(() => elsewhere.push(xml, final));
      },
      result: () => new Promise((resolve) => setTimeout(() => resolve(elsewhere.take()), 10)),
    };
    const encoder = qdpxEncoder({ exportedAt: at }, deflater);
    const chunks = [...encoder.begin(), ...many.flatMap((story) => encoder.write(story)), ...(await encoder.end())];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.from(joinBytes(chunks)).equals(Buffer.from(toQdpx(many, { exportedAt: at })))).toBe(true);
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  it('comes from the taxonomy package and is valid against Codebook.xsd (xmllint), for both versions', () => {
    expect(xmllint('v5.qdc', toQdc({ version: V5 }), 'Codebook.xsd')).toBe('');
    expect(xmllint('bd.qdc', toQdc({ version: BD }), 'Codebook.xsd')).toBe('');
  });

  it('replaces characters XML 1.0 forbids, through the builder both REFI-QDA files share (issue 12, finding 11)', () => {
    const qdc = toQdc({ version: V5, origin: 'Vertelpunt \u0000\u0007\ufffe\udc00 test' });
    expect(xmllint('forbidden.qdc', qdc, 'Codebook.xsd')).toBe('');
    expect(qdc).toContain('origin="Vertelpunt \ufffd\ufffd\ufffd\ufffd test"');
  });
});
