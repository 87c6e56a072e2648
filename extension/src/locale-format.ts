// Numbers, dates and plurals in the interface's language: one place that knows the locale, so a
// page never writes 'nl-NL' itself (issue 16: English interfaces showed Dutch dates). Pure: the
// language comes in as a parameter; `src/i18n.ts` gives the one for the browser's UI.

/** A BCP 47 tag such as 'nl-NL' or 'en-GB'. */
export type Locale = string;

export interface LocaleFormat {
  readonly locale: Locale;
  /** 1.234 (nl) or 1,234 (en). */
  number(n: number): string;
  /** Date and time of an instant, medium date and short time, in the local time zone. */
  dateTime(at: string | Date): string;
  /** Date and time with seconds (a moment that matters to the second, such as a conflict). */
  dateTimeSeconds(at: string | Date): string;
  /** A YYYY-MM month: 'januari 2026' / 'January 2026' (long) or 'jan 2026' / 'Jan 2026' (short). */
  month(month: string, width?: 'long' | 'short'): string;
  /** The plural category of `n` in this language: 'one', 'other', … */
  plural(n: number): Intl.LDMLPluralRule;
  /** 'a, b en c' / 'a, b, and c'. */
  list(items: readonly string[]): string;
  /** 'a, b of c' / 'a, b, or c'. */
  orList(items: readonly string[]): string;
  /** A file size: '512 bytes', '3 kB', '1,5 MB' / '1.5 MB'. */
  bytes(n: number): string;
}

const instant = (at: string | Date) => (typeof at === 'string' ? new Date(at) : at);

/**
 * The formats of `locale`. The interface is Dutch or English: any other UI language falls back
 * to Dutch (the extension's default locale), any English variant keeps its region ('en-GB' dates).
 */
export function localeFormat(uiLanguage: string): LocaleFormat {
  const locale = /^en\b/i.test(uiLanguage) ? uiLanguage : 'nl-NL';
  const numbers = new Intl.NumberFormat(locale);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateTimeSeconds = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  // Months are calendar months (YYYY-MM), not instants: read and written in UTC so no time zone moves them.
  const months = {
    long: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  };
  const plurals = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const orLists = new Intl.ListFormat(locale, { type: 'disjunction' });
  const unit = (name: 'byte' | 'kilobyte' | 'megabyte', digits = 0) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, maximumFractionDigits: digits });
  const [byteUnit, kilobytes, megabytes, bigMegabytes] = [unit('byte'), unit('kilobyte'), unit('megabyte', 1), unit('megabyte')];
  return {
    locale,
    number: (n) => numbers.format(n),
    dateTime: (at) => dateTime.format(instant(at)),
    dateTimeSeconds: (at) => dateTimeSeconds.format(instant(at)),
    month: (month, width = 'long') => months[width].format(new Date(`${month}-01T00:00:00Z`)),
    plural: (n) => plurals.select(n),
    list: (items) => lists.format(items),
    orList: (items) => orLists.format(items),
    // The sizes the exchange package's CLI prints (binary kB and MB), in this language's digits.
    bytes: (n) =>
      n < 1024
        ? byteUnit.format(n)
        : n < 1024 * 1024
          ? kilobytes.format(Math.ceil(n / 1024))
          : (n < 10 * 1024 * 1024 ? megabytes : bigMegabytes).format(n / 1024 / 1024),
  };
}
