/**
 * Per-element translation. Each element carries its own English and French strings and picks
 * them by its resolved `lang` on every render.
 *
 * Why not `@lit/localize`: its `configureLocalization()` is global to the page and throws when
 * called twice. These elements are embedded in pages we do not control, possibly in two copies
 * or beside another Lit app that configures it too, and several elements on one page may be in
 * different languages. So no global state: strings are plain objects, and formatting goes
 * through `Intl` objects cached per locale.
 */

/** The UI languages shipped: NATO's two official languages. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The locale for UI strings and `Intl` formatting: `lang` itself when its base language is
 * shipped (`fr-CA` formats as Canadian French), otherwise English.
 */
export function uiLocale(lang: string): { locale: string; language: UiLanguage } {
  const base = lang.toLowerCase().split('-')[0] as UiLanguage;
  if (!UI_LANGUAGES.includes(base)) return { locale: 'en', language: 'en' };
  try {
    return { locale: Intl.getCanonicalLocales(lang)[0], language: base };
  } catch {
    return { locale: base, language: base };
  }
}

/** Plural forms of a message; `#` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const DAY_MS = 86_400_000;

/** Locale-aware formatting through cached `Intl` objects. */
export class Formatter {
  private static cache = new Map<string, Formatter>();

  static for(locale: string): Formatter {
    let formatter = Formatter.cache.get(locale);
    if (!formatter) Formatter.cache.set(locale, (formatter = new Formatter(locale)));
    return formatter;
  }

  private numbers: Intl.NumberFormat;
  private plurals: Intl.PluralRules;
  private dates: Intl.DateTimeFormat;
  private relative: Intl.RelativeTimeFormat;
  private lists: Intl.ListFormat;
  private regions: Intl.DisplayNames;
  private collator: Intl.Collator;
  private regionNames = new Map<string, string>();

  private constructor(readonly locale: string) {
    this.numbers = new Intl.NumberFormat(locale);
    this.plurals = new Intl.PluralRules(locale);
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    this.relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    this.lists = new Intl.ListFormat(locale, { type: 'conjunction' });
    this.regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    this.collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /** Picks the plural form for `count` and puts the formatted number in place of `#`. */
  plural(count: number, forms: PluralForms): string {
    const form = forms[this.plurals.select(count)] ?? forms.other;
    return form.replace('#', this.number(count));
  }

  date(value: Date): string {
    return this.dates.format(value);
  }

  /** "today", "tomorrow", "in 5 days" in the locale. */
  relativeDays(days: number): string {
    return this.relative.format(days, 'day');
  }

  list(items: string[]): string {
    return this.lists.format(items);
  }

  /** The name of a country from its ISO 3166-1 alpha-2 code ("BE" → "Belgium" / "Belgique"). */
  region(code: string): string {
    let name = this.regionNames.get(code);
    if (name === undefined) {
      try {
        name = this.regions.of(code) ?? code;
      } catch {
        name = code;
      }
      this.regionNames.set(code, name);
    }
    return name;
  }

  compare(a: string, b: string): number {
    return this.collator.compare(a, b);
  }
}

/** Whole calendar days from `from` to `to` in the reader's time zone (negative when past). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const end = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end - start) / DAY_MS);
}

/**
 * The moment an ISO date or date-time stands for. A date alone (`2026-12-01`) is read as the
 * end of that day in the reader's time zone, so a job closing "on 1 December" is open all day.
 */
export function parseFeedDate(value: string, endOfDay = false): Date {
  if (value.length === 10) {
    // `YYYY-MM-DD`, already checked by the feed schema.
    const year = +value.slice(0, 4);
    const month = +value.slice(5, 7) - 1;
    const day = +value.slice(8, 10);
    return endOfDay ? new Date(year, month, day, 23, 59, 59, 999) : new Date(year, month, day);
  }
  return new Date(value);
}
