// Evidence that only the detections themselves give: an age in brackets after a name or a date of
// birth, ages paired with names, a postcode in lower case after a street and house number, the place
// after a postcode. Runs once on the resolved detections (a few per note), so it costs next to nothing.
import type { Span } from '../labels.js';
import { relabelled } from '../span-copies.js';
import { codeAt } from '../scan.js';
import { isCommon } from '../statistical/token-features.js';
import { FIRST_NAMES, GENERIC_SERVICES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES, PLACES_THAT_ARE_WORDS, SURNAMES } from '../lexicon.js';

const MOST_YEARS = 120;
const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** Ages written out, ten to ninety-nine ("achttien", "zevenentachtig"). */
const AGE_NUMBER_WORD =
  '(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:ën|en)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)';
/** A young child's age written out ("de jongste anderhalf", "Sem is vier"): only where a name or another age says so. */
const CHILD_NUMBER_WORD = '(?:anderhalf|twee|drie|vier|vijf|zes|zeven|acht|negen)';
/** "Noor (8 mnd)", "ilyas (9)", "geb. 02/05/2016 (10)": an age in brackets right after a name or a date. */
/** "(15)", "(15 jr)", "(nu 15)", "(inmiddels 19)", "(34, moeder)", "(15j)", "(veertien)": an age in brackets after a name, perhaps with an adverb before it or a role after it. */
const AGE_IN_BRACKETS = new RegExp(
  `,? ?\\((?:(?:nu|inmiddels|bijna|al|ruim|net|pas|ca\\.?|circa|ongeveer) )?((?:\\d{1,3}|${AGE_NUMBER_WORD})(?: ?(?:jaar|jr\\.?|j\\.?|mnd\\.?|maanden|maand|weken|wk\\.?))?)(?:\\)|, ?\\p{L}[^)\\n]{1,40}\\))`,
  'uy',
);
/** At most MOST_YEARS (a number written out is always fewer). */
const isFewYears = (age: string) => !isDigitCode(codeAt(age, 0)) || Number.parseInt(age, 10) <= MOST_YEARS;
/** "dochter Noa van 15 zit thuis": "van" and a number after a name is the person's age where a clause, a unit or a verb follows. */
const AGE_OF_NAME =
  / van (?:een jaar of |ongeveer |rond de )?(\d{1,2}(?: (?:mnd\.?|maanden|weken|wkn\.?))?)(?= (?:jaar|jr|zit|is|woont|gaat|heeft|komt|krijgt|wil|was|die|en|of|op|uit|met)(?![\p{L}])| ?[,;)]| ?\.(?!\d)| ?\n| ?$)/uy;
/** "oliwia is 6, bartek 3", "hij 86, zij 83", "Amir 12 – Sara 9" after a name: a bare number where a clause or the line ends, or a dash before the next name. */
const AGE_AFTER_NAME = new RegExp(
  // A number written out only where the clause ends: before a noun it counts things ("is vier nachten", "is drie kwartier").
  ` (?:(?:is |wordt |werd )(${AGE_NUMBER_WORD}|${CHILD_NUMBER_WORD})(?![\\p{L}])(?= ?[,;)]| en | jaar(?![\\p{L}])| [–—] \\p{Lu}| ?\\n| ?$| ?\\.(?!\\d))|(?:is |wordt |werd )?(\\d{1,3}))(?= ?[,;)]| en | is(?![\\p{L}])| [–—] \\p{Lu}| ?\\n| ?$| ?\\.(?!\\d)| (?!(?:jan|feb|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|sep|sept|okt|nov|dec|januari|februari|augustus|september|oktober|november|december|keer|uur|euro|minuten|min|dagen|weken|maanden|x|km|kg)(?![\\p{L}]))\\p{Ll}{3,})`,
  'uy',
);
/** "Hilda Bos;81;Kerkstraat 4": a cell of one to three digits right after a name's cell (in a table with an age column). */
const AGE_CELL = /([;\t|]) ?(\d{1,3}(?: ?(?:mnd\.?|maanden|weken|wk\.?))?) ?(?=\1)/y;
/** A table's header or a form that names an age: "leeftijd", "lft". */
const AGE_HEADING = /leeftijd|lft/i;
/** ", bartek 3": after a name and its age, the next name in lower case and its age. */
const NEXT_CHILD = /, (\p{Ll}[\p{Ll}'’-]{2,}) \d{1,2}(?=[,.;!?\n]| en |$)/uy;
/** A lower-case word that can be a name: no Dutch word of the lists or of the common words ("groep 4"). */
const isLowerName = (word: string) => !NOT_NAMES.has(word) && !NAMES_THAT_ARE_WORDS.has(word) && !PLACES.has(word) && !isCommon(word);
/** "Dhr. Wim Jansen, 72, Veldhoven": a number between commas right after a name (a list of people with their ages). */
/** "Jesse, 12, …", "(Sofian, 10 en Amira, 7)", "(Ruth de Wit, 68)", "Moeder: Hawa Abdi Hassan, 31" at a line's end: an age after a name and a comma, where a comma, "en" or a bracket closes it. */
const AGE_BETWEEN_COMMAS =
  /\)?, (?:ongeveer |circa |ca\. |een jaar of |rond de |begin |midden |eind |\p{Lu}\p{Ll}+(?:s|se|ees|ans|aans|isch|ijns), )?(\d{1,3}(?: (?:maanden|mnd\.?|weken|wkn\.?|wk\.?))?)(?:[,;](?!\d)|(?= en |\)|[ \t]*(?:\r?\n|$)))/uy;
/** "Vlietplein 17-b 2931pk", "Vlietplein 17-b\t2931pk": a postcode typed in lower case after a street and house number, or in the cell after it. */
const LOWER_POSTCODE = /(?:,? ?|[ \t]*[\t|;][ \t]*)([1-9]\d{3} ?[a-z]{2})(?![\p{L}\d])/uy;
/** The place after a postcode on the same line, up to a comma or the line end ("2931pk Krimpen"). */
const PLACE_AFTER = / (\p{L}(?:[\p{Ll}'’-]+|[\p{Lu}'’-]+)(?: (?:aan|op|den|de|der|\p{L}[\p{Ll}'’-]+)){0,4})(?=[ \t]*(?:,|\n|$))/uy;
/** "Tsjerkestrjitte 3, Wergea |", "Molenweg 12, Oss)": a capitalised place after an address and a comma, before the end of the field. */
const PLACE_AFTER_ADDRESS = /, (\p{Lu}[\p{Ll}'’-]+(?:[ -](?:aan|op|den|de|der|\p{Lu}[\p{Ll}'’-]+)){0,3})(?=[ \t]*(?:[|,;)\n]|$))/uy;
/** A place after an address: in the lists, or a word no list holds as a name or an ordinary word. */
const placeAfterAddress = (name: string) => {
  const word = name.toLowerCase();
  return (
    (PLACES.has(word) && !PLACES_THAT_ARE_WORDS.has(word)) ||
    (!FIRST_NAMES.has(word) &&
      !SURNAMES.has(word) &&
      !NOT_NAMES.has(word) &&
      !GENERIC_SERVICES.has(word) &&
      !PLACES_THAT_ARE_WORDS.has(word))
  );
};
/** A place after a postcode: capitalised and no word, or in lower case and in the lists ("1234 ab utrecht"). */
const placeAfter = (name: string) => !PLACES_THAT_ARE_WORDS.has(name.toLowerCase()) && (/^\p{Lu}/u.test(name) || PLACES.has(name));

// What each age pattern needs at its start, checked before the pattern runs (after most names none follows).
/** AGE_IN_BRACKETS: perhaps a comma, perhaps a space, "(" and a digit or a lower-case adverb. */
function bracketedNumberAt(text: string, index: number): boolean {
  let at = index;
  if (codeAt(text, at) === 44) at++;
  if (codeAt(text, at) === 32) at++;
  const next = codeAt(text, at + 1);
  // A digit, or the adverb of "(nu 15)", "(bijna 12)".
  return codeAt(text, at) === 40 && (isDigitCode(next) || (next >= 97 && next <= 122));
}
/** AGE_AFTER_NAME: a space, then a digit or the i of "is" or the w of "wordt"/"werd". */
const numberOrVerbAt = (text: string, index: number) => {
  const next = codeAt(text, index + 1);
  return codeAt(text, index) === 32 && (isDigitCode(next) || next === 105 || next === 119);
};
/** AGE_BETWEEN_COMMAS: ", " and a digit. */
const HEDGE_FIRST_LETTERS = new Set([...'coerbm'].map((letter) => codeAt(letter, 0)));
const commaNumberAt = (text: string, index: number) => {
  // "Chen Lin (Lily), 11,": the bracket of a nickname may close first.
  const at = codeAt(text, index) === 41 ? index + 1 : index;
  if (codeAt(text, at) !== 44 || codeAt(text, at + 1) !== 32) return false;
  // A digit, the first letter of a hedge ("ca.", "ongeveer", "een jaar of", "rond de", "begin", "midden"), or a capital:
  // "Petrov, Bulgaars, 58," (a nationality between).
  const next = codeAt(text, at + 2);
  return isDigitCode(next) || HEDGE_FIRST_LETTERS.has(next) || (next >= 65 && next <= 90);
};

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** ", opa 83", " en zij 83", ", de oudste 11", ", hij achttien": after an age, the next person of the list and theirs. */
const NEXT_AGE = new RegExp(
  `(?:, | en )(?:(?:de|mijn|m'n|haar|zijn|hun) )?(?:hij|zij|ze|opa|oma|pap|mam|papa|mama|vader|moeder|man|vrouw|oudste|jongste|middelste|broer|zus|zoon|dochter|\\p{Lu}[\\p{Ll}'’-]+) (\\d{1,3}|${AGE_NUMBER_WORD}|${CHILD_NUMBER_WORD})(?= ?(?:jaar|jr)?(?:[,.;!?)\\n]| en |$))`,
  'uy',
);

/** "22 is, niet 23", "74 of 75", "61 en 58,": after an age, the age it is corrected to, the other one it may be, or a partner's before a clause ends. */
const OTHER_AGE = /(?: is)?(?:,? niet| of| en) (\d{1,3})(?= ?(?:jaar|jr)?(?:[,.;!?)\n]|$))/y;
/** "°14.05.1936, 89,", "geb. 21-1-1957, nu 69;", "geb. 4 januari 2024, dus twee)": after a date of birth, the age it gives. */
const AGE_AFTER_BIRTH = new RegExp(
  `[,;] (?:(?:nu|dus|inmiddels|thans|momenteel) )?(\\d{1,3}|${AGE_NUMBER_WORD}|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf)(?: (?:jaar|jr\\.?|maanden|mnd\\.?))?(?=[,;.)]| of \\d| en |[ \t]*(?:\n|$))`,
  'uy',
);
/** What says that a date is one of birth, right before it. */
const BIRTH_CUE = /(?:geb\.?|geboren|°|geboortedatum|geb\.datum|geb\.dat\.?|d\.o\.b\.?)[: \t]*$/i;

/** "Wilhelmina (Mien) Kloosterman", "Milan (bijnaam "Mimi")": a nickname in brackets after a first name, and the surname after it. */
const NICKNAME = /[ \t]\((bijnaam |roepnaam |alias )?["“'‘]?(\p{Lu}\p{Ll}+)["”'’]?\)(?:[ \t](\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)?))?/uy;
/** "RvB = Roos van Beek", "M.K. = Mark Kok", "gvl = Gonny van Lent": a legend that gives a name its short form. */
const SHORT_FORM_BEFORE = /(?:^|[\s:;,(|])([A-Z][A-Za-z]{1,4}|(?:[A-Z]\.){2,3}|[a-z]{2,4})[ \t]*=[ \t]*$/;
/** "Kim, kim@…", "Joost (joost.bakker@…)": a capitalised name right before an e-mail address that starts with it. */
const NAME_BEFORE_MAIL = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})(?:,[ \t]*|[ \t]*\(|[ \t]*<|[ \t]+)$/u;
const isNameWord = (word: string) => {
  const w = word.toLowerCase();
  return !NOT_NAMES.has(w) && !PLACES.has(w) && !GENERIC_SERVICES.has(w) && (FIRST_NAMES.has(w) || SURNAMES.has(w) || !isCommon(w));
};

/** Detections beside the given ones (sorted, non-overlapping); the caller resolves overlaps again. */
export function findBesideSpans(text: string, spans: readonly Span[]): Span[] {
  const more: Span[] = [];
  const add = (m: RegExpExecArray, label: Span['label'], source: string) => {
    const start = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].indexOf(m[1]!) - m[1]!.length);
    more.push({ start, end: start + m[1]!.length, label, source });
  };
  /** "22 is, niet 23", "74 of 75", "61 en 58,". */
  const otherAge = (span: Span) => {
    const after = codeAt(text, span.end + 1);
    const m = codeAt(text, span.end) === 44 || after === 111 || after === 105 || after === 101 ? at(OTHER_AGE, text, span.end) : null;
    if (m && Number(m[1]) <= MOST_YEARS) {
      const start = m.index + m[0].length - m[1]!.length;
      more.push({ start, end: start + m[1]!.length, label: 'AGE', source: 'age-other' });
    }
  };
  for (const span of spans) {
    if (span.label !== 'AGE') continue;
    otherAge(span);
    const m = at(NEXT_AGE, text, span.end);
    if (m && (!/^\d+$/.test(m[1]!) || Number(m[1]) <= MOST_YEARS)) {
      const start = m.index + m[0].length - m[1]!.length;
      more.push({ start, end: start + m[1]!.length, label: 'AGE', source: 'age-next-in-list' });
    }
  }
  // Whether the text names an age anywhere (looked for once, where a name's cell is followed by a number).
  let ageHeading: boolean | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    if (span.label === 'PERSON') personsBeside(text, span, more);
    // Only where no detection follows right away, but a person found by a capital after a postcode ("6211 LK Den Helder"): the place replaces it.
    if (next && next.start <= span.end + 2 && !(span.label === 'POSTCODE' && next.label === 'PERSON' && WEAK_BY_CAPITAL.has(next.source)))
      continue;
    let m: RegExpExecArray | null;
    if (span.label === 'PERSON' || span.label === 'DATE') {
      if ((m = bracketedNumberAt(text, span.end) ? at(AGE_IN_BRACKETS, text, span.end) : null) && isFewYears(m[1]!))
        add(m, 'AGE', 'age-beside-span');
      else if (
        span.label === 'DATE' &&
        (codeAt(text, span.end) === 44 || codeAt(text, span.end) === 59) &&
        (m = at(AGE_AFTER_BIRTH, text, span.end)) &&
        isFewYears(m[1]!) &&
        BIRTH_CUE.test(text.slice(Math.max(0, span.start - 16), span.start))
      ) {
        // The span holds the unit after the number ("dus 2 jaar").
        more.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length, label: 'AGE', source: 'age-after-birth' });
      } else if (
        span.label === 'PERSON' &&
        (m = numberOrVerbAt(text, span.end) ? at(AGE_AFTER_NAME, text, span.end) : null) &&
        (m[2] === undefined || Number.parseInt(m[2], 10) <= MOST_YEARS)
      ) {
        // "sem is twaalf": the age written out is the first group, in digits the second.
        const age = m[1] ?? m[2]!;
        const start = m.index + m[0].indexOf(age, 1);
        more.push({ start, end: start + age.length, label: 'AGE', source: 'age-after-name' });
      } else if (
        span.label === 'PERSON' &&
        (m = commaNumberAt(text, span.end) ? at(AGE_BETWEEN_COMMAS, text, span.end) : null) &&
        Number.parseInt(m[1]!, 10) <= MOST_YEARS
      )
        add(m, 'AGE', 'age-between-commas');
      else if (
        span.label === 'PERSON' &&
        (codeAt(text, span.end) === 59 || codeAt(text, span.end) === 9 || codeAt(text, span.end) === 124) &&
        (m = at(AGE_CELL, text, span.end)) &&
        Number.parseInt(m[2]!, 10) <= MOST_YEARS &&
        (ageHeading ??= AGE_HEADING.test(text))
      ) {
        const start = m.index + m[0].indexOf(m[2]!, 1);
        more.push({ start, end: start + m[2]!.length, label: 'AGE', source: 'age-cell-after-name' });
      } else if (
        span.label === 'PERSON' &&
        codeAt(text, span.end + 1) === 118 &&
        (m = at(AGE_OF_NAME, text, span.end)) &&
        Number.parseInt(m[1]!, 10) <= MOST_YEARS
      )
        add(m, 'AGE', 'age-of-name');
      // "oliwia is 6, bartek 3": the next child of the list, in lower case, and its age.
      if (
        span.label === 'PERSON' &&
        more.at(-1)?.source === 'age-after-name' &&
        (m = at(NEXT_CHILD, text, more.at(-1)!.end)) &&
        isLowerName(m[1]!)
      ) {
        const name = m.index + 2;
        more.push({ start: name, end: name + m[1]!.length, label: 'PERSON', source: 'person-next-child' });
        more.push({ start: name + m[1]!.length + 1, end: m.index + m[0].length, label: 'AGE', source: 'age-next-child' });
      }
    } else if (span.label === 'EMAIL') {
      const name = NAME_BEFORE_MAIL.exec(text.slice(Math.max(0, span.start - 26), span.start));
      if (name && text.startsWith(name[1]!.toLowerCase(), span.start) && isNameWord(name[1]!)) {
        const start = span.start - name[0].length;
        more.push({ start, end: start + name[1]!.length, label: 'PERSON', source: 'person-before-mail' });
      }
    } else if (span.label === 'ADDRESS' && (m = at(LOWER_POSTCODE, text, span.end))) {
      add(m, 'POSTCODE', 'postcode-after-address');
      const place = at(PLACE_AFTER, text, m.index + m[0].length);
      if (place && placeAfter(place[1]!)) add(place, 'CITY', 'city-after-postcode');
    } else if (span.label === 'ADDRESS' && (m = at(PLACE_AFTER_ADDRESS, text, span.end)) && placeAfterAddress(m[1]!))
      add(m, 'CITY', 'city-after-address');
    else if (span.label === 'POSTCODE' && (m = at(PLACE_AFTER, text, span.end)) && placeAfter(m[1]!)) add(m, 'CITY', 'city-after-postcode');
  }
  for (let k = 0, n = more.length; k < n; k++) if (more[k]!.label === 'AGE') otherAge(more[k]!);
  return more;
}

/** "Smeenk, G.W. (Gijs)": initials after a surname and a comma, where the field or the clause ends or a bracket opens. */
const INITIALS_AFTER_COMMA = /, ((?:[A-Z]\.){1,4})(?=[ \t]*(?:\(|[,;\n|]|$))/y;
/** "mw. E.J. (Yfke)": a title and initials before the bracket of a first name. */
const TITLE_INITIALS_BEFORE = /(?:^|[\s:(])(?:[Dd]hr|[Mm]w|[Mm]evr|[Mm]r|[Mm]eneer|[Mm]evrouw)\.? ((?:[A-Z]\.){1,4}) \($/;

/** Initials beside a person: after the surname and a comma, or before the first name in brackets. */
function initialsBeside(text: string, span: Span, more: Span[]): void {
  if (codeAt(text, span.end) === 44) {
    const m = at(INITIALS_AFTER_COMMA, text, span.end);
    if (m) {
      const start = span.end + 2;
      more.push({ start, end: start + m[1]!.length, label: 'PERSON', source: 'person-initials-after-comma' });
      // "(Gijs)" after the initials: the first name.
      const nick = codeAt(text, start + m[1]!.length + 1) === 40 ? at(NICKNAME, text, start + m[1]!.length) : null;
      if (nick && nick[1] === undefined && FIRST_NAMES.has(nick[2]!.toLowerCase())) {
        const first = nick.index + nick[0].indexOf(nick[2]!, 2);
        more.push({ start: first, end: first + nick[2]!.length, label: 'PERSON', source: 'person-nickname' });
      }
    }
  }
  if (codeAt(text, span.start - 1) === 40) {
    const m = TITLE_INITIALS_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start));
    if (m) {
      const start = span.start - 2 - m[1]!.length;
      more.push({ start, end: start + m[1]!.length, label: 'PERSON', source: 'person-initials-before-name' });
    }
  }
}

/** A nickname in brackets after a person and the surname after it; a short form a legend gives a person, wherever it recurs. */
function personsBeside(text: string, span: Span, more: Span[]): void {
  initialsBeside(text, span, more);
  const m = codeAt(text, span.end + 1) === 40 ? at(NICKNAME, text, span.end) : null;
  if (m && (m[1] !== undefined || FIRST_NAMES.has(m[2]!.toLowerCase()) || (m[3] !== undefined && isNameWord(m[2]!)))) {
    const nick = m.index + m[0].indexOf(m[2]!, 2);
    more.push({ start: nick, end: nick + m[2]!.length, label: 'PERSON', source: 'person-nickname' });
    // 'Milan ("Mimi"), 15,': the age after the nickname's bracket.
    const age =
      m[3] === undefined && commaNumberAt(text, m.index + m[0].length) ? at(AGE_BETWEEN_COMMAS, text, m.index + m[0].length) : null;
    if (age && Number.parseInt(age[1]!, 10) <= MOST_YEARS) {
      const start = age.index + age[0].indexOf(age[1]!);
      more.push({ start, end: start + age[1]!.length, label: 'AGE', source: 'age-between-commas' });
    }
    if (m[3] !== undefined && isNameWord(m[3])) {
      const end = m.index + m[0].length;
      more.push({ start: end - m[3].length, end, label: 'PERSON', source: 'person-nickname' });
    }
  }
  if (codeAt(text, span.start - 2) !== 61 && codeAt(text, span.start - 1) !== 61) return;
  const short = SHORT_FORM_BEFORE.exec(text.slice(Math.max(0, span.start - 12), span.start));
  if (!short) return;
  const form = short[1]!;
  // A short form in lower case only where it is no word ("en = …").
  if (/^[a-z]/.test(form) && (isCommon(form) || NOT_NAMES.has(form))) return;
  // Each occurrence as a word of its own (the scan's words would miss "M.K."; a legend is rare, so indexOf is cheap).
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + form.length)) {
    const before = codeAt(text, i - 1);
    const after = codeAt(text, i + form.length);
    const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (!letter(before) && !letter(after) && !(form.endsWith('.') === false && after === 46 && letter(codeAt(text, i + form.length + 1))))
      more.push({ start: i, end: i + form.length, label: 'PERSON', source: 'person-short-form' });
  }
}

/**
 * "door Het Kopland", "van Ons Tweede Thuis", "bij De Waag": a capitalised article starts the name of
 * an organisation or a building, not of a person; "De" only where the word after it is no name of
 * the lists ("mevrouw De Jong" stays a person).
 */
export function retypeOrganisations(text: string, spans: Span[]): Span[] {
  // Sized once and cut to length at the end, by index: for…of left an iterator result per span, and push grew the list.
  const out = new Array<Span>(spans.length);
  let count = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    // Only a person that starts with H, O or D is looked at (Het, Ons, Onze, De).
    const first = codeAt(text, span.start);
    const name = span.label === 'PERSON' && (first === 72 || first === 79 || first === 68) ? text.slice(span.start, span.end) : '';
    const article = name && /^(?:Het|Ons|Onze|De) (\p{Lu}[\p{Ll}'’-]+)/u.exec(name);
    if (!article) {
      out[count++] = span;
      continue;
    }
    const next = article[1]!.toLowerCase();
    // "Het Ziekenhuis", "De Gemeente": a kind alone names no one.
    if (GENERIC_SERVICES.has(next) || NOT_NAMES.has(next)) continue;
    const titled = TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
    if (name.startsWith('De ') && (titled || SURNAMES.has(next) || SURNAMES.has(`de ${next}`) || FIRST_NAMES.has(next)))
      out[count++] = span;
    else out[count++] = relabelled(span, 'INSTITUTION', 'institution-article');
  }
  out.length = count;
  return out;
}
const TITLE_BEFORE = /(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|heer|fam\.?|familie|echtpaar) $/i;

/**
 * The detections with those found beside them, in one pass (both lists are sorted): a span found
 * beside is kept where it overlaps nothing, and the place after a postcode also where it overlaps
 * only persons, which it replaces (what the detections show outranks a person found by a weaker rule).
 */
const WEAK_BY_CAPITAL = new Set(['person-contact', 'person-lexicon', 'person-capitalised', 'city-cue']);

export function withBesideSpans(spans: Span[], beside: Span[]): Span[] {
  if (beside.length === 0) return spans;
  beside.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let i = 0;
  for (const extra of beside) {
    while (i < spans.length && spans[i]!.end <= extra.start) out.push(spans[i++]!);
    if (out.length > 0 && out[out.length - 1]!.end > extra.start) continue;
    let j = i;
    while (j < spans.length && spans[j]!.start < extra.end) j++;
    const overlapped = spans.slice(i, j);
    if (
      overlapped.length === 0 ||
      (extra.label === 'CITY' && overlapped.every((span) => span.label === 'PERSON')) ||
      // "traint bij de Boxing Academy": an organisation by its context outranks a name or place found by a capital alone.
      (extra.source === 'institution-lead' && overlapped.every((span) => WEAK_BY_CAPITAL.has(span.source)))
    ) {
      out.push(extra);
      i = j;
    }
  }
  while (i < spans.length) out.push(spans[i++]!);
  return out;
}
