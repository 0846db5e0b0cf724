/** The schema of one employee spotlight. Keep it in step with `Spotlight` in `feed-types.ts`. */
import { SAFE_IMAGE_URL_SCHEMES } from '../internal/safe-url.js';
import { codeOf, named, objectOf, stringOf, urlOf, type Schema } from './feed-schema-builder.js';
import { id, paragraphs, text } from './feed-schema-parts.js';
import type { Spotlight } from './feed-types.js';

export const spotlightSchema: Schema<Spotlight> = /* @__PURE__ */ named(
  'Spotlight',
  /* @__PURE__ */ objectOf(
    { id, name: /* @__PURE__ */ stringOf(), role: text },
    {
      nationality: /* @__PURE__ */ codeOf(3, 'an ISO 3166-1 alpha-3 code such as "ALB"'),
      organization: text,
      unit: text,
      quote: text,
      story: paragraphs,
      // An image URL: https: or http: only (a photo whose URL is anything else is dropped).
      photo: /* @__PURE__ */ objectOf({ url: /* @__PURE__ */ urlOf(SAFE_IMAGE_URL_SCHEMES), alt: text }),
    },
  ),
);
