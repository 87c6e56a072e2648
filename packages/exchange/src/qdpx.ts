import { Deflate, deflateSync } from 'fflate';
import type { Story } from '@vertelpunt/stories';
import { buildCodeSets, buildCodeTree, LATEST_VERSION, termGuid, xmlBuilder, xmlText, type VersionId } from '@vertelpunt/taxonomy';
import { compareStories } from './canonical.js';
import { encodeAll, encodeChunks, joinBytes, type Chunk, type StoryEncoder, type StoryStream } from './encode.js';
import { termsIn } from './target-terms.js';
import { uuidV5 } from './uuid-v5.js';
import { ByteBlocks, ZipWriter } from './zip-writer.js';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** Namespace for GUIDs derived from story ids, so the same export twice has the same GUIDs. */
const GUID_NAMESPACE = '0b5d2f3e-8c41-5a7e-9d26-3f1b4c5d6e7f';
const EXPORT_USER = uuidV5('vertelpunt:export-user', GUID_NAMESPACE);
/** A fixed time inside the zip keeps the same export byte-for-byte the same. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

export interface QdpxOptions {
  /** The vocabulary that becomes the codebook; older stories are migrated to it. Default: the latest. */
  version?: VersionId;
  projectName?: string;
  exportedAt: Date;
}

/** project.qde compressed, with what its zip entry records of it. */
export interface DeflatedProject {
  data: Uint8Array[];
  /** CRC-32 and size of the uncompressed file. */
  crc: number;
  size: number;
}

/**
 * Where project.qde is compressed, given its XML in the pieces the encoder writes (the same
 * pieces give the same bytes wherever they are compressed). By default in the encoder's own
 * thread; the extension passes one that compresses in a worker beside the export, since
 * deflate is the largest single cost of a qdpx.
 */
export interface ProjectDeflater {
  push(xml: string, final: boolean): void;
  /** After the final piece. */
  result(): Promise<DeflatedProject>;
}

/** One builder for every element (building one per story costs more than the XML). */
const shared = xmlBuilder();
const builder = () => shared;

/** The GUID of a term's code, hashed once per term (a UUID v5 per coding showed in the profile). */
const termGuids = new Map<string, string>();
const codeGuid = (id: string): string => {
  let guid = termGuids.get(id);
  if (guid === undefined) termGuids.set(id, (guid = termGuid(id)));
  return guid;
};

/** Per-source variables, so a QDA tool can filter and compare by team, system, consent or date. */
const VARIABLES = [
  { key: 'origin', name: 'Systeem (herkomst)', type: 'Text' },
  { key: 'author', name: 'Professional of team', type: 'Text' },
  { key: 'consent', name: 'Toestemming', type: 'Text' },
  { key: 'taxonomy', name: 'Vocabulaireversie bij opslaan', type: 'Text' },
  { key: 'created', name: 'Opgeslagen op', type: 'DateTime' },
] as const;
const variableGuids = new Map<string, string>();
const variableGuid = (key: string): string => {
  let guid = variableGuids.get(key);
  if (guid === undefined) variableGuids.set(key, (guid = uuidV5(`vertelpunt:variable:${key}`, GUID_NAMESPACE)));
  return guid;
};

/** The project file up to where the sources begin: users, the vocabulary as codebook, the variables. */
function projectHead(version: VersionId, options: QdpxOptions): string {
  const xml = builder().build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Project: {
      '@_xmlns': PROJECT_NAMESPACE,
      '@_name': options.projectName ?? 'Vertelpunt',
      '@_origin': `Vertelpunt, ${version}`,
      '@_creatingUserGUID': EXPORT_USER,
      '@_creationDateTime': options.exportedAt.toISOString(),
      Users: { User: { '@_guid': EXPORT_USER, '@_name': 'Vertelpunt export' } },
      CodeBook: { Codes: { Code: buildCodeTree(version, 'nl') } },
      Variables: { Variable: VARIABLES.map((v) => ({ '@_guid': variableGuid(v.key), '@_name': v.name, '@_typeOfVariable': v.type })) },
    },
  }) as string;
  // Left open: the sources follow, then projectTail closes it.
  return xml.replace(/\s*<\/Project>\s*$/, '\n');
}

/** The project file after the sources: the code sets (one per kind of term) and the end. */
function projectTail(version: VersionId, anySources: boolean): string {
  // A project's sets point at codes with targetGUID where a codebook's use guid.
  const set = buildCodeSets(version, 'nl').map(({ MemberCode, ...rest }) => ({
    ...rest,
    MemberCode: MemberCode.map((m) => ({ '@_targetGUID': m['@_guid'] })),
  }));
  const sets = builder().build({ Sets: { Set: set } }) as string;
  return `${anySources ? '</Sources>\n' : ''}${sets}</Project>\n`;
}

/**
 * One story as a REFI-QDA text source, through the XML builder: the definition of the element,
 * which `textSource` writes the same bytes of by hand (test/qdpx.test.ts holds them equal).
 */
export function textSourceByBuilder(story: Story, version: VersionId): string {
  const value = (key: (typeof VARIABLES)[number]['key']) => {
    switch (key) {
      case 'origin':
        return { TextValue: story.source.origin };
      case 'author':
        return story.author ? { TextValue: story.author } : undefined;
      case 'consent':
        return { TextValue: story.consent.status };
      case 'taxonomy':
        return { TextValue: story.tags.version };
      case 'created':
        return { DateTimeValue: story.createdAt };
    }
  };
  return builder().build({
    TextSource: {
      '@_guid': story.id,
      '@_name': story.title,
      '@_plainTextPath': `internal://${story.id}.txt`,
      '@_creatingUser': EXPORT_USER,
      '@_creationDateTime': story.createdAt,
      '@_modifiedDateTime': story.updatedAt,
      Description: `${story.source.origin} · ${story.consent.status}${story.notes ? `\n${story.notes}` : ''}`,
      PlainTextSelection: {
        '@_guid': uuidV5(`${story.id}:selection`, GUID_NAMESPACE),
        '@_name': story.title,
        '@_startPosition': '0',
        // Positions count characters (code points) of the source text.
        '@_endPosition': String(codePoints(story.text)),
        '@_creatingUser': EXPORT_USER,
        '@_creationDateTime': story.createdAt,
        Coding: termsIn(story, version).map((id) => ({
          '@_guid': uuidV5(`${story.id}:${id}`, GUID_NAMESPACE),
          '@_creatingUser': EXPORT_USER,
          '@_creationDateTime': story.updatedAt,
          CodeRef: { '@_targetGUID': termGuid(id) },
        })),
      },
      VariableValue: VARIABLES.flatMap((v) => {
        const val = value(v.key);
        return val ? [{ VariableRef: { '@_targetGUID': variableGuid(v.key) }, ...val }] : [];
      }),
    },
  }) as string;
}

/** Characters of `text` as code points (a lone surrogate counts as one), as `[...text].length` without the array. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

const ENTITY = /[&<>'"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
/** Text or an attribute value as the builder writes it: forbidden characters replaced, then the five entities. */
const esc = (value: string): string => xmlText(value).replace(ENTITY, (c) => ENTITIES[c]!);
const element = (indent: string, name: string, text: string) => `${indent}<${name}>${esc(text)}</${name}>\n`;

/**
 * One story as a REFI-QDA text source: the text in sources/, one selection over all of it, coded
 * with its terms, its variables. Written by hand: the builder took 14 s of a 74 s export of
 * 100,000 stories in the extension (issue 14). A story the hand-written form does not cover (no
 * coding left after migration, an empty value: the builder writes those as empty elements) goes
 * through the builder.
 */
export function textSource(story: Story, version: VersionId): string {
  const terms = termsIn(story, version);
  const { origin } = story.source;
  const { status } = story.consent;
  if (terms.length === 0 || !origin || !status || !story.tags.version || !story.createdAt) return textSourceByBuilder(story, version);
  const title = esc(story.title);
  const user = EXPORT_USER;
  let xml =
    `<TextSource guid="${esc(story.id)}" name="${title}" plainTextPath="internal://${esc(story.id)}.txt" creatingUser="${user}"` +
    ` creationDateTime="${esc(story.createdAt)}" modifiedDateTime="${esc(story.updatedAt)}">\n` +
    element('  ', 'Description', `${origin} · ${status}${story.notes ? `\n${story.notes}` : ''}`) +
    `  <PlainTextSelection guid="${uuidV5(`${story.id}:selection`, GUID_NAMESPACE)}" name="${title}" startPosition="0"` +
    ` endPosition="${codePoints(story.text)}" creatingUser="${user}" creationDateTime="${esc(story.createdAt)}">\n`;
  for (const id of terms)
    xml +=
      `    <Coding guid="${uuidV5(`${story.id}:${id}`, GUID_NAMESPACE)}" creatingUser="${user}" creationDateTime="${esc(story.updatedAt)}">\n` +
      `      <CodeRef targetGUID="${codeGuid(id)}"/>\n    </Coding>\n`;
  xml += '  </PlainTextSelection>\n';
  const variable = (key: (typeof VARIABLES)[number]['key'], name: string, value: string) =>
    `  <VariableValue>\n    <VariableRef targetGUID="${variableGuid(key)}"/>\n${element('    ', name, value)}  </VariableValue>\n`;
  xml += variable('origin', 'TextValue', origin);
  if (story.author) xml += variable('author', 'TextValue', story.author);
  xml += variable('consent', 'TextValue', status);
  xml += variable('taxonomy', 'TextValue', story.tags.version);
  xml += variable('created', 'DateTimeValue', story.createdAt);
  return `${xml}</TextSource>\n`;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip wants it, kept running over the chunks of project.qde. */
function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c;
}

/** Half a surrogate pair has no UTF-8 form; as U+FFFD it still counts as one code point, as the selection does. */
const LONE_SURROGATE = /\p{Cs}/gu;

/** UTF-8 by the platform's encoder: fflate's strToU8 is a loop in JavaScript (4.2 s of the 74). Same bytes: the text has no lone surrogates left. */
const utf8 = new TextEncoder();

/** Texts from this many bytes on are deflated in the zip. */
const COMPRESS_FROM = 4096;

/**
 * project.qde as it is written: UTF-8, CRC-32 and size counted, deflated at level 6 as it grows
 * (in 1 MB blocks), so memory holds the compressed file (about a tenth of its size).
 */
export class ProjectCompressor {
  private readonly blocks = new ByteBlocks();
  private readonly deflate = new Deflate({ level: 6 }, (chunk) => this.blocks.push(chunk));
  private size = 0;
  private crc = 0;

  push(xml: string, final: boolean): void {
    const bytes = utf8.encode(xml);
    this.size += bytes.length;
    this.crc = crc32(this.crc, bytes);
    this.deflate.push(bytes, final);
  }

  /** Everything compressed so far (all of it after the final piece). */
  take(): DeflatedProject {
    return { data: this.blocks.take(), crc: this.crc, size: this.size };
  }
}

/** An encoder whose last chunks come when another thread is done with its part. */
export type AsyncStoryEncoder<C extends Chunk> = Omit<StoryEncoder<C>, 'end'> & { end(): Promise<C[]> };

/**
 * A REFI-QDA project (.qdpx): a zip with project.qde and each story's text under sources/.
 *
 * Streams: each text goes into the zip as its story comes, and the zip writer keeps only its
 * directory (~100 bytes a story). project.qde has to name every source, so it is compressed as
 * it grows and put in the zip last, already compressed: memory holds the compressed project
 * file, not the stories. A million stories stay well under 1 GB (see the README for the
 * figures). With `deflater`, project.qde is compressed there and `end` waits for it.
 */
export function qdpxEncoder(options: QdpxOptions, deflater: ProjectDeflater): AsyncStoryEncoder<Uint8Array>;
export function qdpxEncoder(options: QdpxOptions): StoryEncoder<Uint8Array>;
export function qdpxEncoder(options: QdpxOptions, deflater?: ProjectDeflater): StoryEncoder<Uint8Array> | AsyncStoryEncoder<Uint8Array> {
  const version = options.version ?? LATEST_VERSION;
  const zip = new ZipWriter(ZIP_TIME);
  const here = deflater ? undefined : new ProjectCompressor();
  const project = deflater ?? here!;
  let pending = '';
  const flush = (final: boolean) => {
    project.push(pending, final);
    pending = '';
  };
  // The XML is compressed in pieces of 64 kB: a push per story made fflate start a block each
  // time (five times slower, and a larger project file to hold).
  const xml = (text: string) => {
    pending += text;
    if (pending.length >= 64 * 1024) flush(false);
  };
  let anySources = false;
  const last = (compressed: DeflatedProject): Uint8Array[] => [
    ...zip.add('project.qde', compressed.data, { compression: 8, crc: compressed.crc, size: compressed.size }),
    ...zip.end(),
  ];
  const encoder = {
    begin: (): Uint8Array[] => {
      xml(projectHead(version, options));
      return [];
    },
    write: (story: Story): Uint8Array[] => {
      if (!anySources) xml('<Sources>\n');
      anySources = true;
      xml(textSource(story, version));
      // Deflating a few hundred bytes costs more than it saves: short texts are stored as they
      // are, long ones compressed.
      const bytes = utf8.encode(story.text.replace(LONE_SURROGATE, '\uFFFD'));
      const compress = bytes.length >= COMPRESS_FROM;
      return zip.add(`sources/${story.id}.txt`, [compress ? deflateSync(bytes, { level: 6 }) : bytes], {
        compression: compress ? 8 : 0,
        crc: crc32(0, bytes),
        size: bytes.length,
      });
    },
    end: (): Uint8Array[] | Promise<Uint8Array[]> => {
      xml(projectTail(version, anySources));
      flush(true);
      return deflater ? deflater.result().then(last) : last(here!.take());
    },
  };
  return encoder as StoryEncoder<Uint8Array> | AsyncStoryEncoder<Uint8Array>;
}

export const qdpxChunks = (stories: StoryStream, options: QdpxOptions) => encodeChunks(qdpxEncoder(options), stories);

/** A .qdpx of a whole set, oldest first. */
export function toQdpx(stories: Iterable<Story>, options: QdpxOptions): Uint8Array {
  return joinBytes(encodeAll(qdpxEncoder(options), [...stories].sort(compareStories)));
}
