import type { ParamNames, ParamValues } from '../../internal/url-state.js';
import { FACETS, NO_FILTERS, SORTS, type JobFilters, type JobSort } from './job-query.js';

/** What the job list mirrors into the page's URL when `sync-url` is set. */
export interface JobUrlState {
  filters: JobFilters;
  sort?: JobSort;
  /** The id of the job shown open. */
  open?: string;
}

type JobParam = keyof JobFilters | 'sort' | 'open';

/** The job list's parameter names, after its prefix (`job-q`, `nspa-org` …). */
export const JOB_PARAMS: ParamNames<JobParam> = {
  query: 'q',
  organization: 'org',
  location: 'loc',
  grade: 'grade',
  contractType: 'contract',
  sort: 'sort',
  open: 'open',
};

/** The prefix when `sync-url` is empty. */
export const JOB_PARAM_FALLBACK = 'job';

export function fromParams(values: Record<JobParam, string>): JobUrlState {
  const filters = { ...NO_FILTERS, query: values.query };
  for (const facet of FACETS) filters[facet] = values[facet];
  const sort = values.sort as JobSort;
  return { filters, sort: SORTS.includes(sort) ? sort : undefined, open: values.open || undefined };
}

export function toParams(state: JobUrlState): ParamValues<JobParam> {
  const values: ParamValues<JobParam> = { query: state.filters.query.trim(), sort: state.sort === 'closing' ? undefined : state.sort, open: state.open };
  for (const facet of FACETS) values[facet] = state.filters[facet];
  return values;
}
