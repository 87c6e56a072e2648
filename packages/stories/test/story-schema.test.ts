import { describe, expect, it } from 'vitest';
import { MAX_CLIP_BYTES, OriginSchema, StorySchema } from '../src/story.js';
import { aStory } from '../src/testing/a-story.js';

const withText = (text: string) => StorySchema.safeParse({ ...aStory(), text });

describe('StorySchema: the checks an export makes of every stored story', () => {
  it('measures a text in UTF-8 bytes, also where it is short in characters', () => {
    // 349,526 euro signs are 1,048,578 bytes: over the limit in bytes, not in UTF-16 units (×3 is the bound).
    const euros = '€'.repeat(Math.ceil((MAX_CLIP_BYTES + 1) / 3));
    expect(withText(euros).success).toBe(false);
    expect(withText(euros).error?.issues[0]?.message).toBe('the text is larger than 1 MB');
    expect(withText('€'.repeat(Math.floor(MAX_CLIP_BYTES / 3))).success).toBe(true);
    expect(withText('a'.repeat(MAX_CLIP_BYTES)).success).toBe(true);
    expect(withText('a'.repeat(MAX_CLIP_BYTES + 1)).success).toBe(false);
    // Four bytes for two units: a text of emoji is measured right on either side of the limit.
    expect(withText('😀'.repeat(MAX_CLIP_BYTES / 4)).success).toBe(true);
    expect(withText(`${'😀'.repeat(MAX_CLIP_BYTES / 4)}a`).success).toBe(false);
  });

  it('accepts an origin it has seen before, and still refuses anything with a path or another scheme', () => {
    for (let i = 0; i < 2; i++) {
      expect(OriginSchema.safeParse('https://team1.example.nl').success).toBe(true);
      expect(OriginSchema.safeParse('https://team1.example.nl/').success).toBe(false);
      expect(OriginSchema.safeParse('https://team1.example.nl/dossier?bsn=1').success).toBe(false);
      expect(OriginSchema.safeParse('ftp://team1.example.nl').success).toBe(false);
      expect(OriginSchema.safeParse('geen url').success).toBe(false);
    }
  });

  it('keeps checking after many origins', () => {
    for (let i = 0; i < 1500; i++) expect(OriginSchema.safeParse(`https://team${i}.example.nl`).success).toBe(true);
    expect(OriginSchema.safeParse('https://team7.example.nl:8443').success).toBe(true);
    expect(OriginSchema.safeParse('https://team7.example.nl:8443/x').success).toBe(false);
  });
});
