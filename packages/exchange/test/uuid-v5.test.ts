import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v5 } from 'uuid';
import { uuidV5 } from '../src/uuid-v5.js';

const NAMESPACE = '0b5d2f3e-8c41-5a7e-9d26-3f1b4c5d6e7f';

describe('uuidV5', () => {
  it('gives the UUID the uuid package gives, for any name of one, two or more SHA-1 blocks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 70 })), fc.uuid(), (name, namespace) => {
        // uuid refuses lone surrogates (encodeURIComponent): names here are ids and term ids.
        fc.pre(!/\p{Cs}/u.test(name));
        expect(uuidV5(name, namespace)).toBe(v5(name, namespace));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same UUIDs as before for story and coding names at every length around the block edge', () => {
    for (let length = 0; length < 140; length++) {
      const name = 'é'.repeat(length % 7) + 'x'.repeat(length);
      expect(uuidV5(name, NAMESPACE)).toBe(v5(name, NAMESPACE));
    }
  });
});
