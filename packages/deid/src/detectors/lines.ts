import type { Span } from '../labels.js';
import { isCommon } from '../statistical/token-features.js';
import { isColumnHeader } from './table-columns.js';
import { FIRST_NAMES, NAMES_THAT_ARE_WORDS, NOT_NAMES, PLACES, SURNAMES, GENERIC_SERVICES } from '../lexicon.js';
import { codeAt } from '../scan.js';

// Text shaped in lines rather than sentences: chat and transcript senders, form fields, e-mail
// headers and signatures. Each pattern is tried only at line starts (sticky), a few per line.

/** Where each line starts (after its leading spaces). */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at !== -1 && at < text.length;) {
    let start = at;
    while (text[start] === ' ' || text[start] === '\t') start++;
    starts.push(start);
    const next = text.indexOf('\n', at);
    at = next === -1 ? -1 : next + 1;
  }
  return starts;
}

const sticky = (source: string) => new RegExp(source, 'uy');
const WORD = "[\\p{L}][\\p{L}'’.-]*";
/** One to four words of any case: a sender as people type it ("jeroen vd berg", "Hiba Al-Khatib"). */
const SENDER_NAME = `(${WORD}(?: ${WORD}){0,3})`;
/** "[08:05] ", "[vr 08:05] ", "[05-02 08:40] ", "05-02-27 08:40 - ", "05-02 08:40 - ", "[00:01:07] ": a chat export or transcript timestamp. */
const STAMP =
  '(?:\\[(?:(?:ma|di|wo|do|vr|za|zo)\\.? |\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?,? )?\\d{1,2}:\\d{2}(?::\\d{2})?\\]|\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?,? \\d{1,2}:\\d{2} -)[ \\t]*';
/** "3/11 20:14 ": a day, a month and a time without a dash, as some apps copy a message (agendas write so too). */
const BARE_STAMP = '\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?,? \\d{1,2}:\\d{2}[ \\t]+';
/** "3/11 20:17 karin (wijkteam): …": a known first name after a bare stamp (a word that heads an agenda's line is none). */
const SENDER_AFTER_BARE_STAMP = sticky(`${BARE_STAMP}(\\p{L}[\\p{L}'’-]{1,24})(?: \\([^()\\n]{1,40}\\))?:(?=\\s)`);
/** "[09:12] sanne (buurtteam): …": a team or role in brackets may follow the sender. */
const SENDER_AFTER_STAMP = sticky(`${STAMP}${SENDER_NAME}(?: \\([^()\\n]{1,40}\\))?:(?=\\s)`);
/** "Roshni 11:20: …" or "fleur 16:40" on a line of its own: a name and the time of the message. */
const SENDER_BEFORE_TIME = sticky(`${SENDER_NAME} \\d{1,2}:\\d{2}(?=:|[ \\t]*(?:\\n|$))`);
/** "K. 07:52: …": a colleague's initial, the time and a colon. */
const INITIAL_BEFORE_TIME = /\p{Lu}\. \d{1,2}:\d{2}:[ \t]/uy;
/**
 * The initial at `at` heads another line with a time too: a colleague who speaks twice. An agenda's items are lettered
 * once each ("A. 10:00: opening", "B. 10:15: rondvraag").
 */
function initialSpeaksAgain(text: string, at: number): boolean {
  const initial = text.slice(at, at + 3);
  for (let i = text.indexOf(initial); i !== -1; i = text.indexOf(initial, i + 1)) {
    if (i === at || (i > 0 && codeAt(text, i - 1) !== 10)) continue;
    INITIAL_BEFORE_TIME.lastIndex = i;
    if (INITIAL_BEFORE_TIME.test(text)) return true;
  }
  return false;
}
/** "sam: wachtlijst …": a known first name and a colon. */
const SENDER_PLAIN = sticky(`${SENDER_NAME}:(?=[ \\t])`);

/** Words that speak in transcripts and label forms but are no names. */
const SPEAKER_WORDS =
  /^(?:jongere|moeder|vader|ouder|cliënt|client|klant|inwoner|beller|melder|hulpverlener|medewerker|consulent|coach|mentor|docent|huisarts|wijkagent|buurman|buurvrouw|zoon|dochter|partner|tolk|voorzitter|notulist|notulen|aanwezig|afwezig|actie|besluit|onderwerp|datum|tijd|locatie|plaats|adres|naam|van|aan|cc|re|fw|fwd|tel|telefoon|mobiel|email|e-mail|bsn|iban|opmerking|opmerkingen|vraag|antwoord|ik|wij|u|jij|hij|zij|gesprek|verslag|agenda|update|reminder|let op|ps|nb|voicemail|terugbelverzoek|bandje)$/i;
/** Endings of Dutch nouns for people and things (hulpverlener, opvang, gezondheid): a word with one is no sender's name unless a list knows it. */
const NOUN_ENDING = /(?:er|ing|heid|ent|ant|ige|aar|schap|team)$/i;

const lower = (s: string) => s.toLowerCase();
const knownName = (word: string) => FIRST_NAMES.has(lower(word)) || SURNAMES.has(lower(word));
const notAName = (word: string) => {
  const w = lower(word.replace(/\.$/, ''));
  return SPEAKER_WORDS.test(w) || NOT_NAMES.has(w) || GENERIC_SERVICES.has(w) || PLACES.has(w) || w.length < 2;
};

/** A name is written all in capitals or all in lower case: "Schoolmaatschappelijk werk" is a sender, but no person. */
const mixedCase = (name: string) =>
  /^\p{Lu}/u.test(name) &&
  name
    .split(' ')
    .slice(1)
    .some((w) => /^\p{Ll}/u.test(w) && !/^(?:van|de|der|den|ter|ten|el|al|vd|v\.d\.|bin|ben|da|di|dos)$/.test(w));

function senders(text: string, at: number, add: (start: number, end: number, source: string) => void): void {
  let m: RegExpExecArray | null;
  SENDER_AFTER_STAMP.lastIndex = at;
  if ((m = SENDER_AFTER_STAMP.exec(text))) {
    const name = m[1]!;
    const first = name.split(' ')[0]!;
    if (!notAName(first) && !mixedCase(name) && (knownName(first) || !NOUN_ENDING.test(first))) {
      // The stamp holds no letters, so the name's first occurrence is the sender.
      const start = m.index + m[0].indexOf(name);
      add(start, start + name.length, 'person-chat-sender');
    }
    return;
  }
  SENDER_AFTER_BARE_STAMP.lastIndex = at;
  if ((m = SENDER_AFTER_BARE_STAMP.exec(text))) {
    const name = lower(m[1]!);
    if (FIRST_NAMES.has(name) && !NAMES_THAT_ARE_WORDS.has(name) && !notAName(name)) {
      const start = m.index + m[0].search(/\p{L}/u);
      add(start, start + name.length, 'person-chat-sender');
    }
    return;
  }
  INITIAL_BEFORE_TIME.lastIndex = at;
  if (INITIAL_BEFORE_TIME.test(text) && initialSpeaksAgain(text, at)) {
    add(at, at + 2, 'person-chat-sender');
    return;
  }
  SENDER_BEFORE_TIME.lastIndex = at;
  if ((m = SENDER_BEFORE_TIME.exec(text))) {
    const name = m[1]!;
    const first = name.split(' ')[0]!;
    if (!notAName(first) && !mixedCase(name) && (knownName(first) || !NOUN_ENDING.test(first)))
      add(m.index, m.index + name.length, 'person-chat-sender');
    return;
  }
  SENDER_PLAIN.lastIndex = at;
  if ((m = SENDER_PLAIN.exec(text))) {
    const name = m[1]!;
    const first = lower(name.split(' ')[0]!);
    // Without a time, only a known first name that is no word: "Adres:", "Jongere:" and "K:" are labels.
    if (FIRST_NAMES.has(first) && !NAMES_THAT_ARE_WORDS.has(first) && !notAName(first))
      add(m.index, m.index + name.length, 'person-chat-sender');
  }
}

/** "olena: …", "Ria: …", "08:12 noor: …", "3/11 20:19 bas: …", "ma 08:31 bas: …", "x_lotte.b_x: …", "3/11 20:21 sanne v: …":
 * one word (or a user handle, or a first name and the letter of a surname) and a colon at a line start (after a bare
 * time, or a date or a weekday's short form and a time, as apps export), a sender where the same word speaks again. */
const SENDER_WORD = sticky(
  `(?:(?:\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?,?[ \\t]+|(?:ma|di|wo|do|vr|za|zo)\\.?[ \\t]+)?\\d{1,2}:\\d{2}[ \\t]+)?(\\p{L}[\\p{L}'’-]{1,24} \\p{L}(?=:)|\\p{L}[\\p{L}'’-]{1,24}|\\p{L}[\\p{L}\\d]*(?:[._][\\p{L}\\d]+)+_?):(?=[ \\t])`,
);
/** Words that head lines of minutes, forms and letters, and recur there, but name nobody. */
const LABEL_WORDS =
  /^(?:afspraak|afspraken|status|stand|toelichting|reactie|conclusie|advies|doel|doelen|resultaat|signaal|signalen|risico|risico's|situatie|hulpvraag|vraagt|tip|let|info|noot|opm|betreft|kenmerk|onderwerp|uitkomst|vervolg|acties|besluiten|agendapunt|punt|stap|fase|week|dag|ochtend|middag|avond|school|werk|thuis|gezondheid|financiën|wonen|huisvesting|inkomen|schulden|taal|netwerk|zorg|zorgen|sterk|krachten|aandachtspunten|wens|wensen|beeld|analyse|plan|evaluatie|samenvatting|bron|bijlage|bijlagen|q|a|v|nb|ps|pps|edit|update|ter info|fyi|prio|todo|wie|wat|waar|wanneer|hoe|waarom|tijd|kosten|bedrag|totaal|saldo|schuld|schuldeisers|inkomsten|uitgaven|stemming|sfeer|gedrag|thema|vragen|antwoorden|opmerkingen|aanwezigen|afwezigen|afgemeld|notulen|nagekomen|from|to|sent|subject|cc|bcc|date|reply|fw|fwd|re|aw|wg|datum|verzonden|onderwerp|bericht)$/;

/** Senders without a time that speak on two or more lines, in any case, where the word is no label. */
function recurringSenders(text: string, starts: number[], add: (start: number, end: number, source: string) => void): void {
  const byWord = new Map<string, number[]>();
  let colon = -1;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    if (colon < at) colon = nextColon(text, at);
    // SENDER_WORD needs a colon on the line within its word's 25 letters (50 code units, were each a surrogate pair).
    if (colon > at + 50 || (i + 1 < starts.length && colon >= starts[i + 1]!)) continue;
    SENDER_WORD.lastIndex = at;
    const m = SENDER_WORD.exec(text);
    if (!m) continue;
    const word = lower(m[1]!);
    // The word ends the match, before its colon (a weekday's letters may come before it).
    const start = m.index + m[0].length - 1 - m[1]!.length;
    const ats = byWord.get(word);
    if (ats) ats.push(start);
    else byWord.set(word, [start]);
  }
  const wordLike: [string, number[]][] = [];
  /** Surnames that are also words ("Mo", "Bo"): senders beside other senders, capitalised each time or in a chat written in lower case. */
  const surnameLike: [string, number[]][] = [];
  let lowerCaseSender = false;
  let someSender = false;
  for (const [word, ats] of byWord) {
    if (ats.length < 2 || notAName(word) || LABEL_WORDS.test(word)) continue;
    const space = word.indexOf(' ');
    // "sanne v": a first name of the lists and a surname's letter, no label's ("vraag a", "optie b").
    if (space !== -1) {
      if (FIRST_NAMES.has(word.slice(0, space)) && !notAName(word.slice(0, space))) {
        if (!lowerCaseSender && ats.some((at) => /^\p{Ll}/u.test(text[at]!))) lowerCaseSender = true;
        someSender = true;
        for (const at of ats) add(at, at + word.length, 'person-chat-sender');
      }
      continue;
    }
    // A first name that is also a word ("Wouter", "Bas") speaks only where it is capitalised each time, or in a chat
    // whose other senders write in lower case (tried below).
    if (NAMES_THAT_ARE_WORDS.has(word) && !(FIRST_NAMES.has(word) && ats.every((at) => /^\p{Lu}/u.test(text[at]!)))) {
      if (FIRST_NAMES.has(word)) wordLike.push([word, ats]);
      else if (SURNAMES.has(word)) surnameLike.push([word, ats]);
      continue;
    }
    if (!knownName(word) && (NOUN_ENDING.test(word) || /(?:en|ie|tie|heid|isme|teit|punt|punten)$/.test(word))) continue;
    if (!lowerCaseSender && ats.some((at) => /^\p{Ll}/u.test(text[at]!))) lowerCaseSender = true;
    someSender = true;
    for (const at of ats) add(at, at + word.length, 'person-chat-sender');
  }
  for (const [word, ats] of surnameLike)
    if (lowerCaseSender || (someSender && ats.every((at) => /^\p{Lu}/u.test(text[at]!))))
      for (const at of ats) add(at, at + word.length, 'person-chat-sender');
  if (lowerCaseSender) for (const [word, ats] of wordLike) for (const at of ats) add(at, at + word.length, 'person-chat-sender');
}

/** Form fields whose value is a name, or a part of one (a web form splits first name, tussenvoegsel and surname). */
const NAME_FIELD = sticky(
  `(?:[Vv]oorna(?:am|men)|[Vv]oorletters?|[Aa]chternaam|[Tt]ussenvoegsels?|[Rr]oepnaam|[Gg]eboortenaam|[Nn]aam(?: (?:aanvrager|cliënt|client|moeder|vader|kind|partner|ouder|contactpersoon|melder|jongere|inwoner))?)(?:[ \\t]*:[ \\t]*|\\t+)(\\p{L}[\\p{L}'’. -]*?)[ \\t]*(?=$|\\n|,|\\(|;| –| -|[ \\t]{2}|\\t)`,
);
/** The fields of NAME_FIELD as a whole value: "achternaam\tvoornaam\tleeftijd" is a header row, no field and its value. */
const NAME_FIELD_WORD = /^(?:voorna(?:am|men)|voorletters?|achternaam|tussenvoegsels?|roepnaam|geboortenaam|naam)$/i;
/** Form fields whose value is the place someone lives. */
const PLACE_FIELD = sticky(`(?:[Ww]oonplaats|[Pp]laats)[ \\t]*:[ \\t]*(\\p{L}[\\p{L}'’ -]*?)[ \\t]*(?=$|\\n|,|\\()`);

/**
 * Fields whose value is the name of whoever filled in, wrote or chairs something, or of the
 * professional a form names ("Ingevuld door: …", "Voorzitter: …", "Contactpersoon: …"): a
 * capitalised value only, as "Mentor: onbekend" names nobody.
 */
const ROLE_FIELD = sticky(
  `(?:\\d{1,2}[.)][ \\t]+|[-*•][ \\t]+)?(?:(?:[Ii]ngevuld|[Oo]pgesteld|[Aa]angemeld|[Vv]erwezen|[Bb]ehandeld|[Gg]emeld|[Gg]enotuleerd|[Gg]eschreven|[Ss]amengesteld|[Aa]angevraagd|[Gg]etekend|[Oo]ndertekend|[Gg]econtroleerd|[Gg]ezien|[Ii]ngediend) door|[Cc]ontactpersoon|[Cc]asusregisseur|[Bb]ehandelaar|[Hh]ulpverlener|[Cc]onsulent|[Mm]entor|[Bb]egeleider|[Ww]ijkcoach|[Mm]elder|[Aa]anvrager|[Nn]otulist|[Nn]otulen|[Vv]oorzitter|[Tt]olk|[Hh]uisarts|[Bb]ewindvoerder|[Jj]eugdbeschermer|[Gg]ezinsvoogd|[Cc]oördinator)[ \\t]*:[ \\t]*(\\p{Lu}[\\p{L}'’.-]*(?: (?:van|de|der|den|ter|ten|el|al|\\p{Lu}[\\p{L}'’.-]*)){0,4})[ \\t]*(?=$|\\n|,|\\(|;| –| -| \\|)`,
);

/** E-mail headers: "From: Ria Zomer <r.zomer@…>", "Van: …". */
const HEADER_NAME = sticky(
  `(?:From|Van|To|Aan|Cc|Bcc|Afzender):[ \\t]*((?:\\p{Lu}[\\p{L}'’.-]*|van|de|der|den|el|al)(?: (?:\\p{Lu}[\\p{L}'’.-]*|van|de|der|den|el|al)){0,4})[ \\t]*<`,
);
/** The closing of a letter or e-mail: the next line is the writer's name. */
const CLOSING = sticky(
  `(?:(?:[Mm]et )?(?:vriendelijke|hartelijke|warme|beste) )?(?:groet(?:en)?|groetjes|[Gg]roet(?:en)?|[Mm]vg|[Gg]r\\.?)[ \\t]*,?[ \\t]*(?=\\n)`,
);
const SIGNATURE = sticky(
  `((?:\\p{Lu}\\.)+ ?)?(\\p{Lu}[\\p{Ll}'’-]+(?: (?:van|de|der|den|ter|ten|el|al|\\p{Lu}[\\p{Ll}'’-]+)){0,4})[ \\t]*(?=\\n|$)`,
);
const ORGANISATION_WORD =
  /(?:leerplicht|jeugdzorg|schuldhulp|schulddienstverlening|inkomen|werk en inkomen|publiekszaken|belastingen|burgerzaken|zorg|groep|werk|wonen|hulp|dienst|centrum|huis|team|fonds|bureau|instituut|stichting|college|school|praktijk|kliniek|vereniging|club|bank|corporatie|gemeente|afdeling)(?:\s|$)/i;

function nameWordsOk(name: string): boolean {
  const words = name.split(' ');
  return (
    !ORGANISATION_WORD.test(name) &&
    !GENERIC_SERVICES.has(lower(name)) &&
    !PLACES.has(lower(name)) &&
    words.some((w) => /^\p{Lu}/u.test(w) && !notAName(w))
  );
}

/** The first colon at or after `at`, or the text's length if there is none (past every line's end). */
function nextColon(text: string, at: number): number {
  const colon = text.indexOf(':', at);
  return colon === -1 ? text.length : colon;
}

/** Persons in line-shaped text: senders, name fields, e-mail headers, signatures. */
/** "Aanwezig: Gijs, Naima, Wendelien": who attends a meeting, each a name unless a kind or a list says otherwise. */
const ATTENDEES = /[ \t]*(?:Aanwezig|Aanwezigen|Deelnemers|Afwezig|Afgemeld)[ \t]*:[ \t]*([^\n]+)/y;
const ATTENDEE = /^\p{Lu}[\p{Ll}'’-]+$/u;
const ROLE_AFTER = /[ \t]*\([^()]*\)$/;
/** One capitalised word between the commas of an attendee list (full names the other rules find), not a kind or a common word. */
function attendees(text: string, at: number, add: (start: number, end: number, source: string) => void): void {
  ATTENDEES.lastIndex = at;
  const m = ATTENDEES.exec(text);
  if (!m) return;
  let next = m.index + m[0].length - m[1]!.length;
  for (const item of m[1]!.split(',')) {
    // "Dewi (schuldhulp)": a role or team in brackets after the name.
    const name = item.trim().replace(ROLE_AFTER, '');
    const start = next + item.indexOf(name);
    next += item.length + 1;
    const w = name.toLowerCase();
    if (ATTENDEE.test(name) && !NOT_NAMES.has(w) && !PLACES.has(w) && !GENERIC_SERVICES.has(w) && (FIRST_NAMES.has(w) || !isCommon(w)))
      add(start, start + name.length, 'person-attendee');
  }
}

/** A name field at the line start `at` ("Achternaam: Bos", "voornamen\tDewi"): its value. */
function nameField(text: string, at: number, add: (start: number, end: number, source: string) => void): void {
  NAME_FIELD.lastIndex = at;
  const m = NAME_FIELD.exec(text);
  if (m && m[1]!.length <= 60 && !NAME_FIELD_WORD.test(m[1]!) && !isColumnHeader(m[1]!)) {
    const start = m.index + m[0].trimEnd().length - m[1]!.length;
    if (!notAName(m[1]!.split(' ')[0]!) || /^(?:van|de|der|den|ter|ten|el|al)\b/i.test(m[1]!))
      add(start, start + m[1]!.length, 'person-form-field');
  }
}

export function linePersons(text: string): { start: number; end: number; source: string }[] {
  const found: { start: number; end: number; source: string }[] = [];
  const add = (start: number, end: number, source: string) => found.push({ start, end, source });
  const starts = lineStarts(text);
  // The first colon at or after the line's start, searched for again only once a line start has passed it: a search
  // from every line start went on to the next colon, however far, on each line without one.
  let colon = -1;
  let tab = -1;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    const c = codeAt(text, at);
    if (c < 0 || c === 10 || c === 13) continue;
    // Senders, fields and headers all have a colon early in the line: most lines are passed over by this.
    if (colon < at) colon = nextColon(text, at);
    const lineEnd = i + 1 < starts.length ? starts[i + 1]! : text.length;
    if (colon < lineEnd && colon - at <= 70) {
      senders(text, at, add);
      let m: RegExpExecArray | null;
      nameField(text, at, add);
      nameFieldsAfterGaps(text, colon, lineEnd, add);
      attendees(text, at, add);
      ROLE_FIELD.lastIndex = at;
      if ((m = ROLE_FIELD.exec(text)) && nameWordsOk(m[1]!)) {
        const start = m.index + m[0].trimEnd().length - m[1]!.length;
        add(start, start + m[1]!.length, 'person-role-field');
      }
      HEADER_NAME.lastIndex = at;
      if ((m = HEADER_NAME.exec(text)) && nameWordsOk(m[1]!))
        add(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length, 'person-mail-header');
    }
    // "achternaam\tEl-Khatib": a tab-separated export, a field and its value without a colon.
    else if (c !== 9 && c !== 32) {
      // The next tab, searched for again only once a line start has passed it (as the colon above).
      if (tab < at) {
        tab = text.indexOf('\t', at);
        if (tab === -1) tab = text.length;
      }
      if (tab < Math.min(lineEnd, at + 20)) nameField(text, at, add);
    }
    CLOSING.lastIndex = at;
    if (CLOSING.exec(text) && i + 1 < starts.length) {
      // The writer's name is on the next line (a blank line may come between).
      const next = codeAt(text, starts[i + 1]!) === 10 && i + 2 < starts.length ? starts[i + 2]! : starts[i + 1]!;
      SIGNATURE.lastIndex = next;
      const s = SIGNATURE.exec(text);
      if (s && nameWordsOk(s[2]!) && (s[1] || s[2]!.includes(' ') || knownName(s[2]!)))
        add(s.index, s.index + s[0].trimEnd().length, 'person-signature');
    }
  }
  recurringSenders(text, starts, add);
  return found;
}

/** "Achternaam: Wijnberg   Voorletters: H.J.": the fields after the first on a line, each after a tab or two spaces. */
function nameFieldsAfterGaps(
  text: string,
  first: number,
  lineEnd: number,
  add: (start: number, end: number, source: string) => void,
): void {
  for (let c = text.indexOf(':', first + 1); c !== -1 && c < lineEnd; c = text.indexOf(':', c + 1)) {
    // Back from the colon over the field's name (at most 30 characters) to the gap before it.
    let start = c;
    while (start > first && c - start < 30 && !(text[start - 1] === '\t' || (text[start - 1] === ' ' && text[start - 2] === ' '))) start--;
    if (start <= first || c - start >= 30) continue;
    NAME_FIELD.lastIndex = start;
    const m = NAME_FIELD.exec(text);
    if (m && m[1]!.length <= 60 && !notAName(m[1]!.split(' ')[0]!)) {
      const end = m.index + m[0].trimEnd().length;
      add(end - m[1]!.length, end, 'person-form-field');
    }
  }
}

/** Places in form fields: "Woonplaats: rotterdam" (any case: a form is typed in a hurry). */
export function findLinePlaces(text: string): Span[] {
  const spans: Span[] = [];
  // Only lines with a place field: "plaats:" is rare, so it is searched for, not tried at every line.
  for (const hit of text.matchAll(/plaats[ \t]*:/gi)) {
    const at = text.lastIndexOf('\n', hit.index) + 1;
    PLACE_FIELD.lastIndex = at + (/^[ \t]*/.exec(text.slice(at, hit.index))?.[0].length ?? 0);
    const m = PLACE_FIELD.exec(text);
    if (m && m[1]!.length <= 40 && PLACES.has(lower(m[1]!))) {
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.length, label: 'CITY', source: 'city-form-field' });
    }
  }
  return spans;
}
