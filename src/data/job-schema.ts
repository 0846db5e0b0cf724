/** The schema of one job of the feed's `jobs` list. Keep it in step with `Job` in `feed-types.ts`. */
import { booleanOf, dateOf, named, objectOf, oneOrMany, stringOf, urlOf, type Schema } from './feed-schema-builder.js';
import { id, paragraphs, place, text, texts } from './feed-schema-parts.js';
import type { Job } from './feed-types.js';

export const jobSchema: Schema<Job> = /* @__PURE__ */ named(
  'Job',
  /* @__PURE__ */ objectOf(
    { id, title: text },
    {
      reference: /* @__PURE__ */ stringOf(undefined, 'text', true),
      organization: text,
      unit: text,
      grade: /* @__PURE__ */ stringOf(),
      locations: /* @__PURE__ */ oneOrMany(place),
      contractType: /* @__PURE__ */ stringOf(),
      workplaceType: /* @__PURE__ */ stringOf(),
      postedAt: /* @__PURE__ */ dateOf(),
      closingAt: /* @__PURE__ */ dateOf(),
      applyUrl: /* @__PURE__ */ urlOf(),
      summary: text,
      description: paragraphs,
      requirements: texts,
      eligibility: text,
      illustrative: /* @__PURE__ */ booleanOf(),
    },
  ),
);
