/**
 * Finding jobs, apart from rendering: an index built once per data and language, then
 * filtering, facet counts and sorting over it. Everything is linear in the number of jobs
 * except the sorts, which are done once per index, so 10,000 jobs filter in a few ms.
 */
import { allTexts, pickText, resolveText } from '../../data/localized-text.js';
import type { Job, Place } from '../../data/feed-types.js';
import { parseFeedDate, type Formatter } from '../../internal/localize.js';

export const FACETS = ['organization', 'location', 'grade', 'contractType'] as const;
export type Facet = (typeof FACETS)[number];
export type JobSort = 'closing' | 'newest' | 'title';
export const SORTS: readonly JobSort[] = ['closing', 'newest', 'title'];

/** What the reader has chosen: a search text and one value (a key) per facet, '' for all. */
export interface JobFilters extends Record<Facet, string> {
  query: string;
}

export const NO_FILTERS: JobFilters = { query: '', organization: '', location: '', grade: '', contractType: '' };

export interface FacetOption {
  key: string;
  label: string;
}

/** A job with everything the list needs precomputed. */
export interface IndexedJob {
  job: Job;
  /** Unique in the list: the job's id, with `~2`, `~3` … added when a feed repeats an id. */
  key: string;
  /**
   * Facet keys (`location` can have several): language-independent, so they survive a
   * language switch and sit in URLs. '' when the job has no value.
   */
  organization: string;
  location: string[];
  grade: string;
  contractType: string;
  /**
   * Lower-case, accent-free text of title, organisation, locations and reference in every
   * language: made on the first search, so that the first rows show sooner.
   */
  haystack?: string;
  /** The moment the job closes, if it has a closing date. */
  closing?: Date;
  /** Sort keys, in ms. */
  closingTime: number;
  postedTime: number;
  title: string;
  /** The title's language when it is not the reader's (a fallback), for its `lang` attribute. */
  titleLang?: string;
}

/** Stands in for a missing date in sorts: after every real one (and finite, unlike Infinity). */
const NO_DATE = Number.MAX_SAFE_INTEGER;

export interface JobIndex {
  /** The open jobs, in feed order. */
  jobs: IndexedJob[];
  /** The searchable text of a job. */
  searchText(entry: IndexedJob): string;
  /** Makes every job's searchable text now (call when idle, so the first search is quick). */
  prepareSearch(): void;
  /** The open jobs in a sort order; each order is computed once, when first asked for. */
  sorted(sort: JobSort): IndexedJob[];
  /** The options of each facet, in display order. */
  options: Record<Facet, FacetOption[]>;
}

/** Lower case without accents: "Défense" and "defense" match. */
export function normalize(text: string): string {
  // Most feed text is ASCII: skip the costly decomposition for it (10,000 jobs index faster).
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{Diacritic}/gu, '') : text;
  return folded.toLowerCase();
}

export const placeKey = (place: Place) => `${place.country}:${resolveText(place.city, 'en').toLowerCase()}`;

export function placeLabel(place: Place, lang: string, format: Formatter): string {
  const country = format.region(place.country);
  const city = resolveText(place.city, lang);
  return city ? `${city}, ${country}` : country;
}

/**
 * Indexes the jobs that are still open at `now`, in language `lang`.
 * `contractLabel` turns a contract type into its translated name.
 */
export function indexJobs(
  jobs: readonly Job[],
  lang: string,
  now: Date,
  format: Formatter,
  contractLabel: (type: string) => string,
  plainLang = 'en',
): JobIndex {
  const labels: Record<Facet, Map<string, string>> = {
    organization: new Map(),
    location: new Map(),
    grade: new Map(),
    contractType: new Map(),
  };
  const open: IndexedJob[] = [];
  // Organisations and places repeat across thousands of jobs: work each one out once.
  const folded = new Map<string, string>();
  const fold = (text: string) => {
    let value = folded.get(text);
    if (value === undefined) folded.set(text, (value = normalize(text)));
    return value;
  };
  const seenIds = new Map<string, number>();
  for (const job of jobs) {
    const closing = job.closingAt ? parseFeedDate(job.closingAt, true) : undefined;
    if (closing && closing.getTime() < now.getTime()) continue;
    const organizationKey = fold(resolveText(job.organization, 'en'));
    if (organizationKey && !labels.organization.has(organizationKey)) {
      labels.organization.set(organizationKey, resolveText(job.organization, lang));
    }
    const repeats = seenIds.get(job.id) ?? 0;
    seenIds.set(job.id, repeats + 1);
    const locationKeys = (job.locations ?? []).map((place) => {
      const key = placeKey(place);
      if (!labels.location.has(key)) {
        labels.location.set(key, placeLabel(place, lang, format));
      }
      return key;
    });
    if (job.grade) labels.grade.set(job.grade, job.grade);
    if (job.contractType && !labels.contractType.has(job.contractType)) {
      labels.contractType.set(job.contractType, contractLabel(job.contractType));
    }
    const title = pickText(job.title, lang, plainLang);
    open.push({
      job,
      key: repeats ? `${job.id}~${repeats + 1}` : job.id,
      title: title.text,
      titleLang: title.lang,
      closing,
      closingTime: closing ? closing.getTime() : NO_DATE,
      postedTime: job.postedAt ? parseFeedDate(job.postedAt).getTime() : -NO_DATE,
      organization: organizationKey,
      location: locationKeys,
      grade: job.grade ?? '',
      contractType: job.contractType ?? '',
    });
  }
  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    options[facet] = [...labels[facet]]
      .map(([key, label]) => ({ key, label }))
      .sort((a, b) => format.compare(a.label, b.label));
  }
  // Sorts are stable: equal dates keep the feed's order.
  const orders: Record<JobSort, (a: IndexedJob, b: IndexedJob) => number> = {
    // Soonest closing first; jobs open until filled last.
    closing: (a, b) => a.closingTime - b.closingTime,
    newest: (a, b) => b.postedTime - a.postedTime,
    title: (a, b) => format.compare(a.title, b.title),
  };
  const sorted = new Map<JobSort, IndexedJob[]>();
  const placeText = (place: Place) => fold([...allTexts(place.city), format.region(place.country), place.country].join(' '));
  return {
    jobs: open,
    options,
    searchText(entry) {
      if (entry.haystack === undefined) {
        const { job } = entry;
        let text = normalize(allTexts(job.title).join(' '));
        for (const name of allTexts(job.organization)) text += `\n${fold(name)}`;
        for (const place of job.locations ?? []) text += `\n${placeText(place)}`;
        if (job.reference) text += `\n${normalize(job.reference)}`;
        entry.haystack = text;
      }
      return entry.haystack;
    },
    prepareSearch() {
      for (const entry of open) this.searchText(entry);
    },
    sorted(sort) {
      if (!sorted.has(sort)) sorted.set(sort, [...open].sort(orders[sort]));
      return sorted.get(sort)!;
    },
  };
}

const hasKey = (entry: IndexedJob, facet: Facet, key: string) =>
  facet === 'location' ? entry.location.includes(key) : entry[facet] === key;

const searchTerms = (query: string) => normalize(query).split(/\s+/).filter(Boolean);

/** Whether the job's searchable text has every search term (no terms: every job). */
const matchesTerms = (index: JobIndex, entry: IndexedJob, terms: string[]) =>
  terms.every((term) => index.searchText(entry).includes(term));

/** The jobs matching every filter, in the order of `sorted`. */
export function filterJobs(index: JobIndex, sorted: readonly IndexedJob[], filters: JobFilters): IndexedJob[] {
  const terms = searchTerms(filters.query);
  const active = FACETS.filter((facet) => filters[facet]);
  return sorted.filter(
    (entry) => active.every((facet) => hasKey(entry, facet, filters[facet])) && matchesTerms(index, entry, terms),
  );
}

/**
 * For each facet, how many jobs each option would give with the other filters unchanged
 * (so counts say what choosing the option leads to). One pass over the jobs: a job that fails
 * no filter counts in every facet, one that fails a single facet's filter counts in that facet.
 */
export function facetCounts(index: JobIndex, filters: JobFilters): Record<Facet, Map<string, number>> {
  const terms = searchTerms(filters.query);
  const jobs = index.jobs;
  const active = FACETS.filter((facet) => filters[facet]);
  const counts = {
    organization: new Map<string, number>(),
    location: new Map<string, number>(),
    grade: new Map<string, number>(),
    contractType: new Map<string, number>(),
  };
  const add = (facet: Facet, key: string) => key && counts[facet].set(key, (counts[facet].get(key) ?? 0) + 1);
  const addAll = (entry: IndexedJob, facet: Facet) => {
    if (facet === 'location') for (const key of entry.location) add(facet, key);
    else add(facet, entry[facet]);
  };
  for (const entry of jobs) {
    if (!matchesTerms(index, entry, terms)) continue;
    let failed: Facet | undefined;
    let failures = 0;
    for (const facet of active) {
      if (!hasKey(entry, facet, filters[facet])) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const facet of FACETS) addAll(entry, facet);
    else if (failures === 1) addAll(entry, failed!);
  }
  return counts;
}

/**
 * Whether a job passes an embedder's fixed selection (`organization="NSPA"`,
 * `location="Brussels,BE"` …): each attribute is a comma-separated list, compared without case
 * or accents against the job's text in every language; a location also matches its country code.
 */
export function withinSelection(job: Job, selection: Partial<Record<Facet, string[]>>): boolean {
  const has = (wanted: string[] | undefined, candidates: string[]) =>
    !wanted?.length || candidates.some((candidate) => wanted.includes(normalize(candidate)));
  return (
    has(selection.organization, allTexts(job.organization)) &&
    has(selection.location, (job.locations ?? []).flatMap((place) => [...allTexts(place.city), place.country])) &&
    has(selection.grade, job.grade ? [job.grade] : []) &&
    has(selection.contractType, job.contractType ? [job.contractType] : [])
  );
}

/** A comma-separated attribute as normalized values. */
export function parseSelection(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => normalize(part.trim()))
    .filter(Boolean);
}
