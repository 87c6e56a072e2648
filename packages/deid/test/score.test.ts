import { describe, expect, it } from 'vitest';
import { emptyJudged, formatJudged, judge } from '../src/score.js';

describe('scoring as the judges score', () => {
  it('counts a gold span found by any overlapping detection, typed only by one with its label', () => {
    const rows = emptyJudged();
    judge(
      rows,
      [
        { start: 0, end: 5, label: 'PERSON' },
        { start: 10, end: 20, label: 'INSTITUTION' },
        { start: 30, end: 41, label: 'PHONE' },
      ],
      [
        { start: 2, end: 4, label: 'PERSON' },
        { start: 12, end: 18, label: 'CITY' },
        { start: 50, end: 55, label: 'CITY' },
      ],
    );
    expect(rows.PERSON).toEqual({ spans: 1, found: 1, typed: 1, detections: 1, rightDetections: 1 });
    expect(rows.INSTITUTION).toEqual({ spans: 1, found: 1, typed: 0, detections: 0, rightDetections: 0 });
    expect(rows.CITY).toEqual({ spans: 0, found: 0, typed: 0, detections: 2, rightDetections: 1 });
    expect(rows.PHONE.found).toBe(0);
    const table = formatJudged(rows);
    expect(table).toMatch(/ALL\s+3\s+0\.667 0\.333 0\.667/);
    expect(table).toContain('found: 0/1 = 0.000');
  });
});
