/**
 * Reads the sections of a feed document: each reader validates one section with its own schema
 * (so an element's bundle holds only the schemas it reads), drops invalid items with a warning,
 * and remembers its result per document.
 */
import { benefitSchema } from './benefit-schema.js';
import { FeedError } from './feed-error.js';
import { Path, isInvalid, isRecord, listOf, type Schema, type ValidationContext } from './feed-schema-builder.js';
import { LANGUAGE_TAG } from './feed-schema-parts.js';
import type { Benefit, FeedSection, Job, Organization, Spotlight, Stat } from './feed-types.js';
import { jobSchema } from './job-schema.js';
import { organizationSchema } from './organization-schema.js';
import { spotlightSchema } from './spotlight-schema.js';
import { statSchema } from './stat-schema.js';

interface SectionItems {
  jobs: Job;
  stats: Stat;
  spotlights: Spotlight;
  benefits: Benefit;
}

const FEED_KEYS = ['version', 'organization', 'stats', 'jobs', 'spotlights', 'benefits'];

/**
 * Validation results per document and section. Several elements reading the same fetched
 * document validate it once, and its warnings are printed once.
 */
const cache = new WeakMap<object, Map<string, unknown>>();

function memo<T>(input: unknown, key: string, read: () => T): T {
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

function contextFor(source: string): ValidationContext {
  const where = source === 'data' ? 'the data property' : source;
  return {
    baseUrl: source === 'data' ? document.baseURI : source,
    warn: (message) => console.warn(`[nato-careers] ${message} (in ${where})`),
  };
}

/** A field of the document itself: a key on a polluted `Object.prototype` is not the feed's. */
const own = (input: Record<string, unknown>, key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);

const isFeed = (input: unknown): input is Record<string, unknown> =>
  isRecord(input) && FEED_KEYS.some((key) => Object.hasOwn(input, key));

/** The object form of the feed, or an error saying what the document is instead. */
function asFeed(input: unknown, source: string, section: string): Record<string, unknown> {
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
function readList<T>(input: unknown, section: FeedSection, item: Schema<T>, source: string): T[] {
  return memo(input, section, () => {
    const list = Array.isArray(input) ? input : own(asFeed(input, source, section), section);
    if (list === undefined) return [];
    const result = listOf(item).check(list, new Path(section), contextFor(source));
    if (isInvalid(result)) throw new FeedError('invalid-feed', source, result.problem);
    return result;
  });
}

/** The valid jobs of a feed, or of a list of jobs; `source` is its URL, or `"data"`. */
export function readJobs(input: unknown, source: string): Job[] {
  return readList(input, 'jobs', jobSchema, source);
}

/** The valid facts and figures of a feed, or of a list of them. */
export function readStats(input: unknown, source: string): Stat[] {
  return readList(input, 'stats', statSchema, source);
}

/** The valid employee spotlights of a feed, or of a list of them. */
export function readSpotlights(input: unknown, source: string): Spotlight[] {
  return readList(input, 'spotlights', spotlightSchema, source);
}

/** The valid benefits of a feed, or of a list of them. */
export function readBenefits(input: unknown, source: string): Benefit[] {
  return readList(input, 'benefits', benefitSchema, source);
}

/**
 * The valid items of any list section. A convenience that holds every section's schema: an
 * element should call its own section's reader (`readJobs` …) instead.
 */
export function readSection<K extends FeedSection>(input: unknown, section: K, source: string): SectionItems[K][] {
  const read = { jobs: readJobs, stats: readStats, spotlights: readSpotlights, benefits: readBenefits }[section];
  return read(input, source) as SectionItems[K][];
}

/** The organisation profile of a feed, if it has a valid one. */
export function readOrganization(input: unknown, source: string): Organization | undefined {
  return memo(input, 'organization', () => {
    // The whole feed, or only its organisation (an endpoint serving that slice alone).
    const isProfile = isRecord(input) && !isFeed(input) && Object.hasOwn(input, 'name');
    const organization = isProfile ? input : own(asFeed(input, source, 'organization'), 'organization');
    if (organization === undefined) return undefined;
    const context = contextFor(source);
    // Warnings about its parts are printed only if the profile is kept.
    const warnings: string[] = [];
    const result = organizationSchema.check(organization, new Path('organization'), {
      baseUrl: context.baseUrl,
      warn: (message) => warnings.push(message),
    });
    if (!isInvalid(result)) {
      warnings.forEach((message) => context.warn(message));
      return result;
    }
    context.warn(`organization skipped: ${result.problem}`);
    return undefined;
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
