import type { Span } from '../labels.js';
import { MOST_YEARS } from './age-phrase-helpers.js';
import { codeAt } from '../scan.js';

/** "kinderen van 2, 4 en 7 jaar", "Leeftijden: 3, 5 en 8 jaar": a list of ages that ends in a unit; the last one age-years finds. */
const AGE_LIST = /\d{1,2}(?:, \d{1,2})*(?:,? en \d{1,2}) (?:jaar|jr\.?)(?![\p{L}])/uy;
const LIST_LEAD = /(?:(?<![\p{L}])(?:van|zijn|kinderen|ouders)|:) $/iu;
/**
 * "3 kinderen van 4, 6 en 9.", "(drie kinderen, 3, 5 en 11)", "kinderen 2, 4;": after children (perhaps "van" or a
 * comma), a list that ends the clause is their ages, without a unit.
 */
const CHILDREN_OF =
  /(?<![\p{L}])(?:(?:kinderen|kids|zonen|zoons|dochters|kleinkinderen|meisjes|meiden|jongens|broers|broertjes|zussen|zusjes)(?: van| zijn|,)?|(?:ouders|grootouders|ze|zij) zijn) $/u;
/**
 * Two ages or more, by commas or "en", up to the clause's end or an "en" before something else ("10, 8 en een baby"),
 * not before a number ("10, 12 en 14 mei": the list's last number is a date's day, so the list is none).
 */
const BARE_AGE_LIST = /\d{1,2}(?:(?:, |,? en )\d{1,2})+(?=[.,;)\n]|$| en (?!\d))/y;
/** "Geslacht/leeftijd: M/45", "V/38": sex and age with a slash, after a label or at a line's start. */
const SEX_SLASH_AGE_BARE = /(?<=(?:^|\n|: ?|, )[MVmv]\/)\d{1,3}(?![\d/.,:-])/uy;

/** "kinderen van 2, 4 en 7 jaar", "3 kinderen van 4, 6 en 9.": a list of ages that starts at `at`. */
export function ageListAt(text: string, at: number, previous: number, spans: Span[]): void {
  // A list's lead ends in n (van, zijn, kinderen), s (ouders), a comma or a colon: most numbers are passed over by that letter.
  const leadEnd = codeAt(text, at - 2);
  if (previous !== 32) return;
  const listed = (leadEnd === 110 || leadEnd === 115 || leadEnd === 58) && LIST_LEAD.test(text.slice(Math.max(0, at - 9), at));
  let list: RegExpExecArray | null = null;
  if (listed) {
    AGE_LIST.lastIndex = at;
    list = AGE_LIST.exec(text);
  }
  if (!list && (leadEnd === 110 || leadEnd === 44) && CHILDREN_OF.test(text.slice(Math.max(0, at - 19), at))) {
    BARE_AGE_LIST.lastIndex = at;
    const bare = BARE_AGE_LIST.exec(text);
    if (bare)
      for (const n of bare[0].matchAll(/\d{1,2}/g))
        spans.push({ start: at + n.index, end: at + n.index + n[0].length, label: 'AGE', source: 'age-list' });
  }
  if (list) {
    // Every number but the last (age-years finds "7 jaar").
    const numbers = [...list[0].matchAll(/\d{1,2}/g)];
    for (const n of numbers.slice(0, -1))
      spans.push({ start: at + n.index, end: at + n.index + n[0].length, label: 'AGE', source: 'age-list' });
  }
}

/** "M/45": sex, a slash and the age at `at`. */
export function sexSlashAgeAt(text: string, at: number, spans: Span[]): void {
  SEX_SLASH_AGE_BARE.lastIndex = at;
  const m = SEX_SLASH_AGE_BARE.exec(text);
  if (m && Number(m[0]) <= MOST_YEARS) spans.push({ start: at, end: at + m[0].length, label: 'AGE', source: 'age-sex-slash' });
}
