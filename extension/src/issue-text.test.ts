import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IssueDetail } from '@vertelpunt/exchange';
import { issueText, syntaxText, zodIssueLine } from './issue-text';
import { sayIn } from './locale-say.testing';

const nl = sayIn('nl');
const en = sayIn('en');
const bound = (code: 'too_small' | 'too_big', origin: string, limit: number, inclusive = true): IssueDetail => ({
  code,
  origin,
  limit,
  inclusive,
  exact: false,
});

describe('issueText', () => {
  it('words lengths, counts and numbers with the plural and the digits of the language', () => {
    expect(issueText(bound('too_big', 'string', 1), nl)).toBe('te lang: hoogstens 1 teken');
    expect(issueText(bound('too_big', 'string', 20000), nl)).toBe('te lang: hoogstens 20.000 tekens');
    expect(issueText(bound('too_big', 'string', 20000), en)).toBe('too long: at most 20,000 characters');
    expect(issueText(bound('too_small', 'string', 1), nl)).toBe('mag niet leeg zijn');
    expect(issueText(bound('too_small', 'array', 2), en)).toBe('too few: at least 2 items');
    expect(issueText(bound('too_big', 'array', 1), nl)).toBe('te veel: hoogstens 1 item');
    expect(issueText(bound('too_small', 'number', 1.5, false), nl)).toBe('moet groter zijn dan 1,5');
    expect(issueText(bound('too_big', 'int', 1000), en)).toBe('must be at most 1,000');
  });

  it('words every refinement the packages name, and one it does not know as "invalid value"', () => {
    const custom = (problem: string, values?: Record<string, string | number>): IssueDetail => ({
      code: 'custom',
      problem,
      ...(values ? { values } : {}),
    });
    expect(issueText(custom('text-too-large', { limit: 1024 * 1024 }), nl)).toBe('de tekst is groter dan 1 MB');
    expect(issueText(custom('tags-deprecated-term', { term: 'oud', version: 'v2', replacement: 'nieuw' }), nl)).toBe(
      "term 'oud' is vervallen in versie 'v2'; gebruik 'nieuw'",
    );
    expect(issueText(custom('tags-deprecated-term', { term: 'oud', version: 'v2' }), en)).toBe("term 'oud' is deprecated in version 'v2'");
    expect(issueText(custom('iets-nieuws'), nl)).toBe('ongeldige waarde');
    expect(issueText({ code: 'custom' }, en)).toBe('invalid value');
  });

  it('gives a form the field by its label and what is wrong with it, from a zod issue of the page', () => {
    const schema = z.object({ title: z.string().max(3), when: z.iso.datetime() });
    const input = { title: 'lange titel', when: 'morgen' };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => zodIssueLine(i, nl, { input }))).toEqual([
      'Titel: te lang: hoogstens 3 tekens',
      'when: geen geldige datum en tijd (ISO 8601, zoals 2026-03-01T10:00:00Z)',
    ]);
    expect(parsed.error!.issues.map((i) => zodIssueLine(i, en))).toEqual([
      'Title: too long: at most 3 characters',
      'when: not a valid date and time (ISO 8601, such as 2026-03-01T10:00:00Z)',
    ]);
    const purpose = z.object({ consent: z.object({ purpose: z.string().max(2) }) }).safeParse({ consent: { purpose: 'lang' } });
    expect(zodIssueLine(purpose.error!.issues[0]!, nl)).toBe(
      'Doel (waarvoor mag dit verhaal gebruikt worden?): te lang: hoogstens 2 tekens',
    );
  });

  it('says where JSON stops, with the digits of the language', () => {
    expect(syntaxText({ line: 1200, column: 3, end: false }, nl)).toBe('geen geldige JSON op regel 1.200, kolom 3');
    expect(syntaxText({ line: 1200, column: 3, end: false }, en)).toBe('not valid JSON at line 1,200, column 3');
  });
});
