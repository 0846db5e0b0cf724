import { FACETS, NO_FILTERS, SORTS, type JobFilters, type JobSort } from './job-query.js';

/** What the job list mirrors into the page's URL when `sync-url` is set. */
export interface JobUrlState {
  filters: JobFilters;
  sort?: JobSort;
  /** The id of the job shown open. */
  open?: string;
}

const PARAMS: Record<keyof JobFilters | 'sort' | 'open', string> = {
  query: 'q',
  organization: 'org',
  location: 'loc',
  grade: 'grade',
  contractType: 'contract',
  sort: 'sort',
  open: 'open',
};

/** `sync-url="nspa"` → parameters `nspa-q`, `nspa-org` …; an empty value → `job-q` …. */
export const paramPrefix = (syncUrl: string) => `${syncUrl.trim() || 'job'}-`;

/** Which element writes the parameters of each prefix: two lists sharing one would fight. */
const owners = new Map<string, Element>();

/** Takes the parameters of `prefix` for `owner`; false when another connected element has them. */
export function claimPrefix(prefix: string, owner: Element): boolean {
  const current = owners.get(prefix);
  if (current && current !== owner && current.isConnected) return false;
  owners.set(prefix, owner);
  return true;
}

export function releasePrefix(prefix: string, owner: Element): void {
  if (owners.get(prefix) === owner) owners.delete(prefix);
}

export function readUrlState(prefix: string, url = new URL(location.href)): JobUrlState {
  const get = (name: keyof typeof PARAMS) => url.searchParams.get(prefix + PARAMS[name]) ?? '';
  const filters = { ...NO_FILTERS, query: get('query') };
  for (const facet of FACETS) filters[facet] = get(facet);
  const sort = get('sort') as JobSort;
  return { filters, sort: SORTS.includes(sort) ? sort : undefined, open: get('open') || undefined };
}

/**
 * Writes the state into the URL, leaving the page's other parameters alone. A new history
 * entry (`push`) lets the back button undo a filter; typing replaces the current entry.
 */
export function writeUrlState(prefix: string, state: JobUrlState, mode: 'push' | 'replace'): void {
  const url = new URL(location.href);
  const set = (name: keyof typeof PARAMS, value: string | undefined) => {
    if (value) url.searchParams.set(prefix + PARAMS[name], value);
    else url.searchParams.delete(prefix + PARAMS[name]);
  };
  set('query', state.filters.query.trim());
  for (const facet of FACETS) set(facet, state.filters[facet]);
  set('sort', state.sort === 'closing' ? undefined : state.sort);
  set('open', state.open);
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
