/** The schema of one fact of the feed's `stats` list. Keep it in step with `Stat` in `feed-types.ts`. */
import { booleanOf, dateOf, isInvalid, named, numberOf, objectOf, refine, stringOf, unknownOf, type Schema } from './feed-schema-builder.js';
import { id, place, text } from './feed-schema-parts.js';
import type { Stat } from './feed-types.js';

const number = /* @__PURE__ */ numberOf();
const date = /* @__PURE__ */ dateOf();

export const statSchema: Schema<Stat> = /* @__PURE__ */ named(
  'Stat',
  /* @__PURE__ */ refine(
    /* @__PURE__ */ objectOf(
      {
        id,
        label: text,
        kind: /* @__PURE__ */ stringOf(/^(number|date|place|text)$/, 'one of "number", "date", "place", "text"'),
        value: /* @__PURE__ */ unknownOf(),
      },
      { approximate: /* @__PURE__ */ booleanOf() },
    ) as Schema<Stat>,
    // The value is checked by the rule of its kind (which has passed its pattern).
    (stat, path, context) => {
      const rule = stat.kind === 'number' ? number : stat.kind === 'date' ? date : stat.kind === 'place' ? place : text;
      const result = path.at('value', () => rule.check(stat.value, path, context));
      return isInvalid(result) ? result : undefined;
    },
  ),
);
