/**
 * Number and age formatting for facts and figures, through `Intl` objects built on first use
 * and cached per locale (the shared `Formatter` has no compact numbers and no years).
 */

/** From this value up, numbers read better in words: "1 billion", "1 milliard". */
export const COMPACT_FROM = 1_000_000;

const compactFormats = new Map<string, Intl.NumberFormat>();
const yearFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "1 billion" / "1 milliard": compact long notation, keeping up to three significant digits. */
export function compactNumber(locale: string, value: number): string {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
    compactFormats.set(locale, format);
  }
  return format.format(value);
}

/** "77 years ago" / "il y a 77 ans" for `years` > 0; "in 2 years" for `years` < 0 (a date to come). */
export function yearsAgo(locale: string, years: number): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    yearFormats.set(locale, format);
  }
  return format.format(-years, 'year');
}

/**
 * Whole years from `date` to `now` (negative when `date` is to come), counted as birthdays
 * are: 4 April 1949 is 76 years old on 3 April 2026 and 77 the next day.
 */
export function wholeYearsBetween(date: Date, now: Date): number {
  const [earlier, later, sign] = date <= now ? [date, now, 1] : [now, date, -1];
  let years = later.getFullYear() - earlier.getFullYear();
  if (later.getMonth() < earlier.getMonth() || (later.getMonth() === earlier.getMonth() && later.getDate() < earlier.getDate())) {
    years--;
  }
  return sign * years;
}
