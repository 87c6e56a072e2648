import { describe, expect, it } from 'vitest';
import { outcomeOf, type ImportProblem } from './protocol';

const failed = (message: string) => `Exporteren mislukt: ${message}`;
const said = (problem: ImportProblem) => `${problem.file}:${problem.line ?? ''}: ${problem.code ?? problem.message}`;

describe('outcomeOf: the final reply to a request, typed by the request', () => {
  it('gives the reply that request expects', () => {
    const blob = new Blob(['x']);
    expect(outcomeOf('export', { type: 'exported', blob, count: 3, unreadable: 0 }, failed, said)).toEqual({
      ok: true,
      reply: { type: 'exported', blob, count: 3, unreadable: 0 },
    });
    expect(outcomeOf('apply-import', { type: 'imported', count: 2 }, failed, said)).toEqual({
      ok: true,
      reply: { type: 'imported', count: 2 },
    });
  });

  it("words each of a refusal's problems with the caller's wording, and a failure with the caller's line", () => {
    const problem = { file: 'x.json', line: 2, message: 'no format', code: 'no-format' };
    expect(outcomeOf('plan-import', { type: 'refused', problems: [problem] }, failed, said)).toEqual({
      ok: false,
      problems: ['x.json:2: no-format'],
    });
    expect(outcomeOf('plan-import', { type: 'refused', problems: ['x.json:2: format'] }, failed, said)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/unexpected reply to 'plan-import'/)],
    });
    expect(outcomeOf('export', { type: 'failed', message: 'QuotaExceededError' }, failed, said)).toEqual({
      ok: false,
      problems: ['Exporteren mislukt: QuotaExceededError'],
    });
  });

  it('treats a reply that belongs to another request, or a malformed one, as a failure that says so', () => {
    const other = outcomeOf('export', { type: 'imported', count: 2 }, failed, said);
    expect(other.ok).toBe(false);
    if (other.ok) return;
    expect(other.problems).toHaveLength(1);
    expect(other.problems[0]).toMatch(/^Exporteren mislukt: unexpected reply to 'export' from the exchange worker: /);
    const malformed = outcomeOf('export', { type: 'exported', blob: 'not a blob', count: 3, unreadable: 0 }, failed, said);
    expect(malformed).toMatchObject({ ok: false, problems: [expect.stringMatching(/blob/)] });
    expect(outcomeOf('apply-import', { type: 'refused', problems: [] }, failed, said)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/unexpected reply to 'apply-import'/)],
    });
  });
});
