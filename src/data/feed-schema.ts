/**
 * Every schema of the careers feed, version 1, in one place (for tools and tests). Each section
 * has its own module, and each reader module (`read-jobs.ts` …) imports only the one it validates, so
 * that an element's bundle holds only its own section's schema. Keep the schemas in step with
 * the types in `feed-types.ts`.
 */
import { benefitSchema } from './benefit-schema.js';
import { jobSchema } from './job-schema.js';
import { spotlightSchema } from './spotlight-schema.js';
import { statSchema } from './stat-schema.js';

export { benefitSchema, jobSchema, spotlightSchema, statSchema };
export { organizationSchema } from './organization-schema.js';
export { feedJsonSchema, feedSchema } from './feed-json-schema.js';

/** The item schema of each list section of the feed. */
export const sectionSchemas = { jobs: jobSchema, stats: statSchema, spotlights: spotlightSchema, benefits: benefitSchema };
