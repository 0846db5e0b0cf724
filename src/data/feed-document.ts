/**
 * What every section reader shares: the feed document's shape, its language, and the
 * validation results remembered per document. Each section has its own reader module
 * (`read-jobs.ts` …) that imports only its own schema, so an element's file carries only the
 * schemas it reads.
 */
import { FeedError } from './feed-error.js';
import { Path, isInvalid, isRecord, listOf, type Schema, type ValidationContext } from './feed-schema-builder.js';
import { LANGUAGE_TAG } from './feed-schema-parts.js';
import type { FeedSection } from './feed-types.js';

const FEED_KEYS = ['version', 'organization', 'stats', 'jobs', 'spotlights', 'benefits'];

/**
 * Validation results per document and section. Several elements reading the same fetched
 * document validate it once, and its warnings are printed once.
 */
const cache = new WeakMap<object, Map<string, unknown>>();

/** `read()` for `input` under `key`, run once per document (a list or object) and remembered. */
export function memo<T>(input: unknown, key: string, read: () => T): T {
  if (typeof input !== 'object' || input === null) return read();
  let entries = cache.get(input);
  if (!entries) cache.set(input, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, read());
  return entries.get(key) as T;
}

/**
 * Forgets what the readers remembered about `input`, so that the next read validates it again:
 * for a host that changed a document in place and asks an element to `reload()`.
 */
export function forgetDocument(input: unknown): void {
  if (typeof input === 'object' && input !== null) cache.delete(input);
}

/** Where a document's warnings go (the console, naming `source`) and what its URLs resolve against. */
export function contextFor(source: string): ValidationContext {
  const where = source === 'data' ? 'the data property' : source;
  return {
    baseUrl: source === 'data' ? document.baseURI : source,
    warn: (message) => console.warn(`[nato-careers] ${message} (in ${where})`),
  };
}

/** A field of the document itself: a key on a polluted `Object.prototype` is not the feed's. */
export const own = (input: Record<string, unknown>, key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);

/** Whether `input` is the whole feed (an object with at least one of its top-level keys). */
export const isFeed = (input: unknown): input is Record<string, unknown> =>
  isRecord(input) && FEED_KEYS.some((key) => Object.hasOwn(input, key));

/** The object form of the feed, or an error saying what the document is instead. */
export function asFeed(input: unknown, source: string, section: string): Record<string, unknown> {
  if (!isFeed(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    throw new FeedError(
      'invalid-feed',
      source,
      `expected the careers feed (an object with "version": 1) or a list of ${section}, got ${got}`,
    );
  }
  const version = own(input, 'version');
  if (version !== undefined && version !== 1) {
    console.warn(
      `[nato-careers] feed version ${JSON.stringify(version)} is not 1, the version this library reads; showing what it understands (in ${source})`,
    );
  }
  return input;
}

/**
 * The valid items of one list section. `input` is the whole feed or just that list.
 * Invalid items are dropped with a console warning naming their path; only a document that is
 * not a feed at all, or whose section is not a list, is an error.
 */
export function readList<T>(input: unknown, section: FeedSection, item: Schema<T>, source: string): T[] {
  return memo(input, section, () => {
    const list = Array.isArray(input) ? input : own(asFeed(input, source, section), section);
    if (list === undefined) return [];
    const result = listOf(item).check(list, new Path(section), contextFor(source));
    if (isInvalid(result)) throw new FeedError('invalid-feed', source, result.problem);
    return result;
  });
}

/**
 * The language of a feed's plain strings: its own `lang` field if that is a valid BCP 47 tag
 * (given back in canonical case, `fr-BE`), else `"en"`. A list (a section served alone) has no
 * such field: `"en"`. An invalid `lang` is reported once, naming `source` if given.
 */
export function readFeedLang(input: unknown, source?: string): string {
  return memo(input, 'lang', () => {
    const lang = isRecord(input) ? own(input, 'lang') : undefined;
    if (lang === undefined || lang === null) return 'en';
    if (typeof lang === 'string' && LANGUAGE_TAG.test(lang)) {
      try {
        return Intl.getCanonicalLocales(lang)[0];
      } catch {
        // Well-shaped but not valid (`en-a`): reported below.
      }
    }
    console.warn(
      `[nato-careers] lang ignored: expected a BCP 47 language tag such as "en" or "fr-BE", got ${JSON.stringify(lang)}; plain text is taken as English${source ? ` (in ${source === 'data' ? 'the data property' : source})` : ''}`,
    );
    return 'en';
  });
}
