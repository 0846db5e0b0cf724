/** The schema of one benefit. Keep it in step with `Benefit` in `feed-types.ts`. */
import { named, objectOf, stringOf, type Schema } from './feed-schema-builder.js';
import { id, text } from './feed-schema-parts.js';
import type { Benefit } from './feed-types.js';

export const benefitSchema: Schema<Benefit> = /* @__PURE__ */ named(
  'Benefit',
  /* @__PURE__ */ objectOf({ id, title: text }, { description: text, icon: /* @__PURE__ */ stringOf(), category: text }),
);
