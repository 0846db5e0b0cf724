/** The schema of the organisation profile. Keep it in step with `Organization` in `feed-types.ts`. */
import { dateOf, listOf, named, objectOf, urlOf, type Schema } from './feed-schema-builder.js';
import { id, paragraphs, place, text, texts, textSection } from './feed-schema-parts.js';
import type { Organization } from './feed-types.js';

export const organizationSchema: Schema<Organization> = /* @__PURE__ */ named(
  'Organization',
  /* @__PURE__ */ objectOf(
    { id, name: text },
    {
      shortName: text,
      founded: /* @__PURE__ */ dateOf(),
      headquarters: place,
      website: /* @__PURE__ */ urlOf(),
      purpose: text,
      pillars: /* @__PURE__ */ listOf(textSection),
      description: paragraphs,
      coreTasks: texts,
      values: texts,
      collectiveDefence: paragraphs,
      workingAt: paragraphs,
      diversity: /* @__PURE__ */ listOf(textSection),
    },
  ),
);
