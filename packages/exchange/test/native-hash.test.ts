import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../src/canonical.js';
import { nativeSha256Hex } from '../src/cli/native-hash.js';
import { arbitraryStory, storyStream } from './factory.js';

describe('contentHash with Node’s SHA-256 (the CLI)', () => {
  it('is the hash the pure SHA-256 gives (the extension’s), on any story', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => contentHash(story, nativeSha256Hex) === contentHash(story)),
      { numRuns: 100 },
    );
  });

  it('is the same for text with a lone surrogate (both encode it as U+FFFD)', () => {
    const story = { ...storyStream(1).next().value!, notes: 'half a pair: \ud83d' };
    expect(contentHash(story, nativeSha256Hex)).toBe(contentHash(story));
  });
});
