/**
 * The feed's readers in one place, for the package's public API and for tests. Elements import
 * their own section's reader module (`read-jobs.ts` …) so that their files carry only the
 * schemas they read.
 */
import type { Benefit, FeedSection, Job, Spotlight, Stat } from './feed-types.js';
import { readBenefits } from './read-benefits.js';
import { readJobs } from './read-jobs.js';
import { readSpotlights } from './read-spotlights.js';
import { readStats } from './read-stats.js';

export { forgetDocument, readFeedLang } from './feed-document.js';
export { readBenefits, readJobs, readSpotlights, readStats };
export { readOrganization } from './read-organization.js';

interface SectionItems {
  jobs: Job;
  stats: Stat;
  spotlights: Spotlight;
  benefits: Benefit;
}

/**
 * The valid items of any list section. A convenience that holds every section's schema: an
 * element should call its own section's reader (`readJobs` …) instead.
 */
export function readSection<K extends FeedSection>(input: unknown, section: K, source: string): SectionItems[K][] {
  const read = { jobs: readJobs, stats: readStats, spotlights: readSpotlights, benefits: readBenefits }[section];
  return read(input, source) as SectionItems[K][];
}
