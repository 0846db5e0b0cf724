/**
 * Finding jobs, apart from rendering: an index built once per data and language, then
 * filtering, facet counts and sorting over it. Everything is linear in the number of jobs
 * except the sorts, which are done once per index, so 10,000 jobs filter in a few ms.
 */
import { allTexts, resolveText } from '../../data/localized-text.js';
import type { Job, Place } from '../../data/feed-types.js';
import { calendarDaysBetween, parseFeedDate, type Formatter } from '../../internal/localize.js';

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
  /** Facet keys: language-independent, so they survive a language switch and sit in URLs. */
  keys: Record<Facet, string[]>;
  /** Lower-case, accent-free text of title, organisation, locations and reference, all languages. */
  haystack: string;
  closing?: Date;
  posted?: Date;
  /** Calendar days until closing; 0 = closes today. */
  daysLeft?: number;
  title: string;
}

export interface JobIndex {
  /** Open jobs, sorted by each sort order. */
  sorted: Record<JobSort, IndexedJob[]>;
  /** The options of each facet, in display order. */
  options: Record<Facet, FacetOption[]>;
}

/** Lower case without accents: "Défense" and "defense" match. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export const placeKey = (place: Place) => `${place.country}:${normalize(resolveText(place.city, 'en'))}`;

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
): JobIndex {
  const labels: Record<Facet, Map<string, string>> = {
    organization: new Map(),
    location: new Map(),
    grade: new Map(),
    contractType: new Map(),
  };
  const open: IndexedJob[] = [];
  for (const job of jobs) {
    const closing = job.closingAt ? parseFeedDate(job.closingAt, true) : undefined;
    if (closing && closing.getTime() < now.getTime()) continue;
    const organizationKey = normalize(resolveText(job.organization, 'en'));
    labels.organization.set(organizationKey, resolveText(job.organization, lang));
    const locationKeys = job.locations.map((place) => {
      const key = placeKey(place);
      labels.location.set(key, placeLabel(place, lang, format));
      return key;
    });
    if (job.grade) labels.grade.set(job.grade, job.grade);
    if (job.contractType) labels.contractType.set(job.contractType, contractLabel(job.contractType));
    const title = resolveText(job.title, lang);
    open.push({
      job,
      title,
      closing,
      posted: job.postedAt ? parseFeedDate(job.postedAt) : undefined,
      daysLeft: closing ? calendarDaysBetween(now, closing) : undefined,
      keys: {
        organization: [organizationKey],
        location: locationKeys,
        grade: job.grade ? [job.grade] : [],
        contractType: job.contractType ? [job.contractType] : [],
      },
      haystack: normalize(
        [
          ...allTexts(job.title),
          ...allTexts(job.organization),
          ...job.locations.flatMap((place) => [...allTexts(place.city), format.region(place.country), place.country]),
          job.reference ?? '',
        ].join('\n'),
      ),
    });
  }
  const byTitle = (a: IndexedJob, b: IndexedJob) => format.compare(a.title, b.title);
  const time = (date: Date | undefined, missing: number) => date?.getTime() ?? missing;
  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    options[facet] = [...labels[facet]]
      .map(([key, label]) => ({ key, label }))
      .sort((a, b) => format.compare(a.label, b.label));
  }
  return {
    options,
    sorted: {
      // Soonest closing first; jobs open until filled last.
      closing: [...open].sort((a, b) => time(a.closing, Infinity) - time(b.closing, Infinity) || byTitle(a, b)),
      newest: [...open].sort((a, b) => time(b.posted, -Infinity) - time(a.posted, -Infinity) || byTitle(a, b)),
      title: [...open].sort(byTitle),
    },
  };
}

function matches(entry: IndexedJob, filters: JobFilters, terms: string[], except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet !== except && filters[facet] && !entry.keys[facet].includes(filters[facet])) return false;
  }
  return terms.every((term) => entry.haystack.includes(term));
}

const searchTerms = (query: string) => normalize(query).split(/\s+/).filter(Boolean);

/** The jobs matching every filter, in the order of `sorted`. */
export function filterJobs(sorted: readonly IndexedJob[], filters: JobFilters): IndexedJob[] {
  const terms = searchTerms(filters.query);
  return sorted.filter((entry) => matches(entry, filters, terms));
}

/**
 * For each facet, how many jobs each option would give with the other filters unchanged
 * (so counts say what choosing the option leads to).
 */
export function facetCounts(jobs: readonly IndexedJob[], filters: JobFilters): Record<Facet, Map<string, number>> {
  const terms = searchTerms(filters.query);
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    const count = new Map<string, number>();
    for (const entry of jobs) {
      if (!matches(entry, filters, terms, facet)) continue;
      for (const key of entry.keys[facet]) count.set(key, (count.get(key) ?? 0) + 1);
    }
    counts[facet] = count;
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
    has(selection.location, job.locations.flatMap((place) => [...allTexts(place.city), place.country])) &&
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
