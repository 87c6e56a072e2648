// What detect() finds in a text, as [label, value] pairs, and the assertions the class tests make on them.
import { expect } from 'vitest';
import { detect } from '../src/index.js';

export const found = (text: string) => detect(text).map((s) => [s.label, text.slice(s.start, s.end)]);
export const has = (text: string, label: string, value: string) => expect(found(text)).toContainEqual([label, value]);
export const lacks = (text: string, label: string, value: string) => expect(found(text)).not.toContainEqual([label, value]);
export const ofLabel = (text: string, label: string) => found(text).filter(([l]) => l === label);
