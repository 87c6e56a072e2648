import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../src/labels.js';
import { reextended, relabelled } from '../src/span-copies.js';

const aSpan = (overrides: Partial<Span> = {}): Span => ({ start: 4, end: 10, label: 'PERSON', source: 'person-title', ...overrides });

describe('changed copies of a span', () => {
  it('relabels a copy and leaves the span as it was', () => {
    const span = aSpan();
    expect(relabelled(span, 'CITY', 'city-where-lives')).toEqual({ start: 4, end: 10, label: 'CITY', source: 'city-where-lives' });
    expect(span).toEqual(aSpan());
  });

  it('moves the extent of a copy, keeping its label and source', () => {
    const span = aSpan({ label: 'INSTITUTION', source: 'institution-context' });
    expect(reextended(span, 2, 15)).toEqual({ start: 2, end: 15, label: 'INSTITUTION', source: 'institution-context' });
    expect(span.start).toBe(4);
  });

  it('writes the fields in the order of every detector literal, so that copies share the spans’ shape', () => {
    const order = ['start', 'end', 'label', 'source'];
    expect(Object.keys(relabelled(aSpan(), 'CITY', 'x'))).toEqual(order);
    expect(Object.keys(reextended(aSpan(), 1, 2))).toEqual(order);
  });
});

describe('the rules copy spans only through span-copies.ts', () => {
  it('has no spread copy of a span with a field stored over it in src/detectors or src/statistical', () => {
    const spreadCopy = /\{ \.\.\.\w+, (?:start|end|label|source):/;
    const offenders = ['detectors', 'statistical'].flatMap((folder) => {
      const dir = new URL(`../src/${folder}/`, import.meta.url);
      return readdirSync(dir)
        .filter((file) => file.endsWith('.ts') && spreadCopy.test(readFileSync(new URL(file, dir), 'utf8')))
        .map((file) => `${folder}/${file}`);
    });
    expect(offenders).toEqual([]);
  });
});
