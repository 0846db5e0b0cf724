import { readList } from './feed-document.js';
import type { Job } from './feed-types.js';
import { jobSchema } from './job-schema.js';

/** The valid jobs of a feed, or of a list of jobs; `source` is its URL, or `"data"`. */
export function readJobs(input: unknown, source: string): Job[] {
  return readList(input, 'jobs', jobSchema, source);
}
