import { FeedError } from './feed-error.js';
import { organizationSchema, sectionSchemas } from './feed-schema.js';
import { Path, isInvalid, isRecord, listOf, type ValidationContext } from './feed-schema-builder.js';
import type { Benefit, FeedSection, Job, Organization, Spotlight, Stat } from './feed-types.js';

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

function memo<T>(document: object, key: string, read: () => T): T {
  let entries = cache.get(document);
  if (!entries) cache.set(document, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, read());
  return entries.get(key) as T;
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
export function readSection<K extends FeedSection>(input: unknown, section: K, source: string): SectionItems[K][] {
  const read = (): SectionItems[K][] => {
    const list = Array.isArray(input) ? input : own(asFeed(input, source, section), section);
    if (list === undefined) return [];
    const result = listOf<unknown>(sectionSchemas[section]).check(list, new Path(section), contextFor(source));
    if (isInvalid(result)) throw new FeedError('invalid-feed', source, result.problem);
    return result as SectionItems[K][];
  };
  return typeof input === 'object' && input !== null ? memo(input, section, read) : read();
}

/** The organisation profile of a feed, if it has a valid one. */
export function readOrganization(input: unknown, source: string): Organization | undefined {
  const read = () => {
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
  };
  return typeof input === 'object' && input !== null ? memo(input, 'organization', read) : read();
}
