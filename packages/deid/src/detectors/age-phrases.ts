// Ages in phrases around a number: "een meisje van 12", "kinderen van 4 en 7", "zijn vader, 67,",
// "een jongen van een jaar of 8", "twee halfbroers (13 en 15)",
// "Mw. (82)", "(m, 45)", "ik ben 19", "ik ben zelf ook 78", "toen ze 19 was", "net 65 geworden". Tried only at short runs of digits, with
// the words before and after them, so a text without such numbers costs one pass over its digit runs.
// Its classes live in age-after-verbs.ts, age-lists.ts, age-words.ts, ages-after-names.ts and ages-in-brackets.ts (shared helpers: age-phrase-helpers.ts).
import type { Span } from '../labels.js';
import { ageAfterName } from './ages-after-names.js';
import { agesInBrackets } from './ages-in-brackets.js';
import { agePhraseAt } from './age-after-verbs.js';
import { ageListAt, sexSlashAgeAt } from './age-lists.js';
import { birthdayAges, childAgeWords, ordinalAges, writtenAgesAfterNames } from './age-words.js';
import { MOST_YEARS } from './age-phrase-helpers.js';
import type { Scan } from '../scan.js';
import { codeAt } from '../scan.js';

export function findAgePhrases(text: string, found: Scan): Span[] {
  const spans: Span[] = [];
  writtenAgesAfterNames(text, found, spans);
  birthdayAges(text, found, spans);
  agesInBrackets(text, spans);
  ordinalAges(text, found, spans);
  childAgeWords(text, found, spans);
  for (let i = 0; i < found.digitStarts.length; i++) {
    const at = found.digitStarts[i]!;
    const previous = codeAt(text, at - 1);
    const runEnd = found.digitEnds[i]!;
    if (previous === 32 && runEnd - at <= 3 && Number(text.slice(at, runEnd)) <= MOST_YEARS) {
      if (ageAfterName(text, at, runEnd, spans)) continue;
    }
    ageListAt(text, at, previous, spans);
    // "M/45": sex, a slash and the age.
    if (previous === 47) {
      sexSlashAgeAt(text, at, spans);
      continue;
    }
    agePhraseAt(text, at, found.digitEnds[i]!, previous, spans);
  }
  return spans;
}
