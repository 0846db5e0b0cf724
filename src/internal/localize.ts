/**
 * Per-element translation and formatting. Each element carries its own string table (English
 * and French built in); hosts may add languages with `registerStrings()`.
 *
 * Why not `@lit/localize`: its `configureLocalization()` is global to the page and throws when
 * called twice. These elements are embedded in pages we do not control, possibly in two copies
 * or beside another Lit app that configures it too, and several elements on one page may be in
 * different languages. So strings are plain objects picked per element by its resolved `lang`,
 * and formatting goes through `Intl` objects cached per locale.
 */

import { memberCountryName } from './member-countries.js';

/** The UI languages built in: NATO's two official languages. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** An element's strings: English (the reference, complete) and French, under a stable name. */
export interface StringTable<T> {
  /** The name hosts use in `registerStrings()`, e.g. `"job-list"` or `"shared"`. */
  readonly name: string;
  readonly en: T;
  readonly fr: T;
}

/** Makes a string table. French must have every key English has (the type says so). */
export const defineStrings = <T>(name: string, en: T, fr: T): StringTable<T> => ({ name, en, fr });

/** Strings added by the host page, per lower-case language tag and table name. */
const registered = new Map<string, Record<string, object>>();
/** Tables completed with English per language, so a render does not merge again. */
const merged = new Map<StringTable<unknown>, Map<string, unknown>>();
const registrationListeners = new Set<() => void>();

/**
 * Adds (or completes) a UI language. `tables` maps a table name (`"shared"`, `"job-list"` …; see
 * each element's docs) to its strings; a missing string falls back to English. Elements already
 * on the page re-render in the new language.
 *
 * ```js
 * registerStrings('de', { shared: { loading: 'Wird geladen…', retry: 'Erneut versuchen' } });
 * ```
 */
export function registerStrings(lang: string, tables: Record<string, object>): void {
  const key = lang.toLowerCase();
  registered.set(key, { ...registered.get(key), ...tables });
  merged.clear();
  registrationListeners.forEach((listener) => listener());
}

/** Calls `listener` after each `registerStrings()`; returns the function that stops it. */
export function onStringsRegistered(listener: () => void): () => void {
  registrationListeners.add(listener);
  return () => registrationListeners.delete(listener);
}

/** The language whose strings `lang` uses: itself, its base language, or English. */
function stringsLanguage(lang: string): string {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0];
  if (registered.has(tag)) return tag;
  if (registered.has(base) || (UI_LANGUAGES as readonly string[]).includes(base)) return base;
  return 'en';
}

/** The strings of `table` in the language chosen for `lang`, completed with English. */
export function stringsFor<T>(table: StringTable<T>, lang: string): T {
  const language = stringsLanguage(lang);
  const own = registered.get(language)?.[table.name] as Partial<T> | undefined;
  if (!own) return language === 'fr' ? table.fr : table.en;
  let cache = merged.get(table);
  if (!cache) merged.set(table, (cache = new Map()));
  let strings = cache.get(language) as T | undefined;
  if (!strings) cache.set(language, (strings = { ...(language === 'fr' ? table.fr : table.en), ...own }));
  return strings;
}

/**
 * The locale for `Intl` formatting: `lang` itself when its strings exist (`fr-CA` formats as
 * Canadian French), otherwise British English, the library's English. Plain `en` is formatted
 * as `en-GB` (4 April 1949), matching the British copy; `en-US` keeps US order.
 */
export function uiLocale(lang: string): { locale: string; language: string } {
  const language = stringsLanguage(lang || 'en');
  if (language === 'en' && lang.toLowerCase().split('-')[0] !== 'en') return { locale: 'en-GB', language };
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(lang)[0] ?? language;
  } catch {
    locale = language;
  }
  return { locale: locale === 'en' ? 'en-GB' : locale, language };
}

/** Languages written right to left, for a UI language a host registers. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for the UI languages written right to left; English and French are `ltr` whatever the page says. */
export const textDirection = (language: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(language.split('-')[0]) ? 'rtl' : 'ltr');

/** Plural forms of a message; `#` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const DAY_MS = 86_400_000;

/** How each `Intl` object a `Formatter` uses is built, by the name `prepare()` and `ready()` take. */
const BUILDERS = {
  numbers: (locale: string) => new Intl.NumberFormat(locale),
  plurals: (locale: string) => new Intl.PluralRules(locale),
  dates: (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }),
  relative: (locale: string) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  lists: (locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }),
  collator: (locale: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
};
export type FormatKind = keyof typeof BUILDERS;
type Built = { [K in FormatKind]?: ReturnType<(typeof BUILDERS)[K]> };

/**
 * Whether whole numbers below 1,000 are written as plain ASCII digits in `locale`: true of the
 * built-in languages, unless a Unicode extension asks for other digits (`fr-u-nu-arab`).
 */
const hasPlainDigits = (locale: string) => /^(en|fr)(-|$)/i.test(locale) && !/-u-/i.test(locale);

/** Gives the main thread back to the browser (input, rendering, other elements) before going on. */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

/** How long `Formatter.ready()` works before it gives the main thread back (long tasks are 50 ms). */
const TASK_SLICE_MS = 20;

/** Constructions waiting for an idle moment, run one per task (see `Formatter.prepare`). */
const preparing: (() => void)[] = [];

function prepareNext(): void {
  preparing.shift()?.();
  if (preparing.length > 0) setTimeout(prepareNext);
}

/**
 * Locale-aware formatting through cached `Intl` objects, each built on first use only. In
 * Chromium the first of `NumberFormat`, `DateTimeFormat`, `ListFormat`, `RelativeTimeFormat` or
 * `DisplayNames` on a page pays a one-time initialisation on the main thread (40–120 ms measured
 * on a 2-core machine), after which each takes a few milliseconds. So elements say which they
 * need (`prepare()`, `ready()`) and get them built in tasks of their own, and what can do
 * without (small counts, member states' names) does.
 */
export class Formatter {
  private static cache = new Map<string, Formatter>();

  static for(locale: string): Formatter {
    let formatter = Formatter.cache.get(locale);
    if (!formatter) Formatter.cache.set(locale, (formatter = new Formatter(locale)));
    return formatter;
  }

  private readonly built: Built = {};
  private readonly queued = new Set<FormatKind>();
  private regions?: Intl.DisplayNames;
  private regionNames = new Map<string, string>();
  private readonly plainDigits: boolean;

  private constructor(readonly locale: string) {
    this.plainDigits = hasPlainDigits(locale);
  }

  private use<K extends FormatKind>(kind: K): NonNullable<Built[K]> {
    return (this.built[kind] ??= BUILDERS[kind](this.locale) as Built[K])!;
  }

  /**
   * Builds the `Intl` objects named in `kinds` in idle moments, one per task: an element asks
   * for those it will use while its feed is on the way.
   */
  prepare(kinds: readonly FormatKind[]): void {
    const idle = preparing.length === 0;
    for (const kind of kinds) {
      if (this.built[kind] || this.queued.has(kind)) continue;
      this.queued.add(kind);
      preparing.push(() => this.use(kind));
    }
    if (idle && preparing.length > 0) setTimeout(prepareNext);
  }

  /**
   * Builds those of `kinds` not built yet, giving the main thread back whenever a task has run
   * for a while, so that the task that renders the content does not also pay for them. Where
   * construction is quick (Firefox), all are built at once, without waiting for a new task.
   */
  async ready(kinds: readonly FormatKind[]): Promise<void> {
    // Whatever ran before in this task is unknown: start in a task of its own.
    let start = -Infinity;
    for (const kind of kinds) {
      if (this.built[kind]) continue;
      if (performance.now() - start > TASK_SLICE_MS) {
        await yieldToMain();
        start = performance.now();
      }
      this.use(kind);
    }
  }

  number(value: number): string {
    // Counts of jobs, filter options and slides: no `Intl` (and its initialisation) needed.
    if (this.plainDigits && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
    return this.use('numbers').format(value);
  }

  /** Picks the plural form for `count` and puts the formatted number in place of `#`. */
  plural(count: number, forms: PluralForms): string {
    const form = forms[this.use('plurals').select(count)] ?? forms.other;
    return form.replace('#', this.number(count));
  }

  /** "4 April 1949" (long form, in the locale's order). */
  date(value: Date): string {
    return this.use('dates').format(value);
  }

  /** "today", "tomorrow", "in 5 days" in the locale. */
  relativeDays(days: number): string {
    return this.use('relative').format(days, 'day');
  }

  list(items: string[]): string {
    return this.use('lists').format(items);
  }

  /**
   * The name of a country from its ISO 3166-1 alpha-2 code ("BE" → "Belgium" / "Belgique").
   * Member states in English and French come from a built-in table; others from `Intl`.
   */
  region(code: string): string {
    let name = this.regionNames.get(code);
    if (name === undefined) {
      const language = this.locale.slice(0, 2).toLowerCase();
      if (language === 'en' || language === 'fr') name = memberCountryName(code, language);
    }
    if (name === undefined) {
      try {
        this.regions ??= new Intl.DisplayNames(this.locale, { type: 'region', fallback: 'code' });
        name = this.regions.of(code) ?? code;
      } catch {
        name = code;
      }
      this.regionNames.set(code, name);
    }
    return name;
  }

  compare(a: string, b: string): number {
    return this.use('collator').compare(a, b);
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
