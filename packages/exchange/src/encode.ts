import type { Story } from '@vertelpunt/stories';

/** A piece of an export: text for the text formats, bytes for zip and Parquet. */
export type Chunk = string | Uint8Array;

/** Stories as they come: an array, or an async stream such as an IndexedDB cursor or a file being read. */
export type StoryStream = AsyncIterable<Story> | Iterable<Story>;

/**
 * One export format as three steps, so the same code serves a whole set in one call and a
 * stream of 100,000 stories in bounded memory. An encoder may hold a batch back (CSV rows, a
 * Parquet row group) and hand it out from a later `write` or from `end`.
 */
export interface StoryEncoder<C extends Chunk = Chunk> {
  begin(): C[];
  write(story: Story): C[];
  end(): C[];
}

/** Text is handed out in pieces of about this many characters: few enough writes, little memory. */
const TEXT_PIECE = 64 * 1024;

/**
 * Runs an encoder over a stream of stories and yields its output as it goes. Nothing is kept
 * but the encoder's own batch and one piece of text.
 */
export async function* encodeChunks<C extends Chunk>(encoder: StoryEncoder<C>, stories: StoryStream): AsyncGenerator<C> {
  let text = '';
  function* pass(chunks: C[]): Generator<C> {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') {
        text += chunk;
        if (text.length >= TEXT_PIECE) {
          yield text as C;
          text = '';
        }
      } else {
        if (text) yield text as C;
        text = '';
        yield chunk;
      }
    }
  }
  yield* pass(encoder.begin());
  for await (const story of stories) yield* pass(encoder.write(story));
  yield* pass(encoder.end());
  if (text) yield text as C;
}

/** Runs an encoder over a whole set at once. */
export function encodeAll<C extends Chunk>(encoder: StoryEncoder<C>, stories: Iterable<Story>): C[] {
  const out = [...encoder.begin()];
  for (const story of stories) out.push(...encoder.write(story));
  out.push(...encoder.end());
  return out;
}

export const joinText = (chunks: readonly string[]): string => chunks.join('');

export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Collects a stream of chunks, for tests and small sets. */
export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}

export async function collectBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return joinBytes(parts);
}

/**
 * Lines from a stream of text (e.g. `file.stream().pipeThrough(new TextDecoderStream())` in the
 * extension), without their line ends (\n or \r\n).
 */
export async function* splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    rest += chunk;
    let at = rest.indexOf('\n');
    let from = 0;
    while (at !== -1) {
      const end = at > from && rest.charCodeAt(at - 1) === 13 ? at - 1 : at;
      yield rest.slice(from, end);
      from = at + 1;
      at = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
