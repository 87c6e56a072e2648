// "| Hemmerdijk, L. |", "…;Velthorst, A.;Houtweg 12…", "de Bruin, K. + zoon": a capitalised surname, a comma and
// initials, as registers, planning tables and exports list people, where no list holds the surname or a rule took it for
// an organisation. The initials after the comma and the end of a cell or field after them say it is a person's name;
// `findNamesUsedAgain` then finds the surname where it recurs. After the statistical layer. A listed place there is
// `surnames-before-initials.ts`'s.
import type { Span } from '../labels.js';
import { capitalisedWords, codeAt, type Scan } from '../scan.js';
import { firstEndingAfter } from '../span-list.js';
import { relabelled } from '../span-copies.js';
import { isCommon } from '../statistical/token-features.js';

/** ", H.J." and then the end of a cell, a field or a clause, or a "+" that adds someone ("+ zoon"). */
const INITIALS_AFTER = /, ((?:[A-Z]\.){1,4})(?=[ \t]*(?:[–—;,|+]|- |\r?\n|$))/y;
/** A lower-case tussenvoegsel right before the surname ("de Bruin, K."). */
const TUSSENVOEGSEL_BEFORE = /(?:^|[ \t|;])((?:van der|van den|van de|van|de|den|der|ter|ten|te) )$/;
/** Sources of organisations guessed from a context word or a repeat, which a surname with initials outranks. */
const GUESSED = new Set(['institution-context', 'institution-repeat', 'token-classifier']);

/** The spans with each capitalised surname before a comma and initials made one PERSON span with them. */
export function withUnlistedSurnamesBeforeInitials(text: string, found: Scan, spans: Span[]): Span[] {
  const words = capitalisedWords(found);
  let out = spans;
  let surnames: Set<string> | undefined;
  for (let w = 0; w < words.starts.length; w++) {
    const end = words.ends[w]!;
    if (codeAt(text, end) !== 44 || codeAt(text, end + 1) !== 32) continue;
    INITIALS_AFTER.lastIndex = end;
    if (!INITIALS_AFTER.exec(text)) continue;
    const lower = words.lowers[w]!;
    let start = words.starts[w]!;
    const tussenvoegsel = TUSSENVOEGSEL_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    // A common word is a surname only after a tussenvoegsel ("de Bruin, K."): "Bijlage, B." is none.
    if (lower.length < 3 || (!tussenvoegsel && isCommon(lower))) continue;
    if (tussenvoegsel) start -= tussenvoegsel[1]!.length;
    const nameEnd = INITIALS_AFTER.lastIndex;
    // Nothing there yet, or one organisation guessed from a context word ("bij Velthorst, A.") that it replaces; a
    // name the rules found already stays as they found it (its surname and initials each right as they are).
    const first = firstEndingAfter(out, start);
    let last = first;
    while (last < out.length && out[last]!.start < nameEnd) last++;
    const replaced = last - first === 1 ? out[first]! : undefined;
    if (last > first && !(replaced && replaced.label === 'INSTITUTION' && GUESSED.has(replaced.source) && replaced.start >= start))
      continue;
    out = [...out.slice(0, first), { start, end: nameEnd, label: 'PERSON', source: 'person-surname-and-initials' }, ...out.slice(last)];
    (surnames ??= new Set()).add(text.slice(words.starts[w]!, end));
  }
  return surnames ? withSurnamesRetyped(text, out, surnames) : out;
}

/** "bij Velthorst" after "Velthorst, A.": an organisation guessed from a context word is the person named. */
function withSurnamesRetyped(text: string, spans: Span[], surnames: ReadonlySet<string>): Span[] {
  return spans.map((span) =>
    span.label === 'INSTITUTION' && GUESSED.has(span.source) && surnames.has(text.slice(span.start, span.end))
      ? relabelled(span, 'PERSON', 'person-surname-and-initials')
      : span,
  );
}
