/**
 * The JSON Schema of the careers feed, made from the run-time schemas' descriptions of
 * themselves. Only tools use it (`scripts/write-schema.mjs` writes `careers-feed.schema.json`,
 * a test keeps the two equal, the package exports `feedJsonSchema`); browser code that reads a
 * feed never imports it.
 */
import { benefitSchema } from './benefit-schema.js';
import { dateOf, listOf, literalOf, objectOf, stringOf, urlOf, type Schema } from './feed-schema-builder.js';
import { LANGUAGE_TAG } from './feed-schema-parts.js';
import type { CareersFeed } from './feed-types.js';
import { jobSchema } from './job-schema.js';
import { organizationSchema } from './organization-schema.js';
import { spotlightSchema } from './spotlight-schema.js';
import { statSchema } from './stat-schema.js';

type JsonSchema = Record<string, unknown>;

/** The whole document. Elements validate it section by section, with the readers. */
export const feedSchema = /* @__PURE__ */ objectOf(
  { version: /* @__PURE__ */ literalOf(1) },
  {
    lang: /* @__PURE__ */ stringOf(LANGUAGE_TAG, 'a BCP 47 language tag such as "en" or "fr-BE"'),
    careersUrl: /* @__PURE__ */ urlOf(),
    generatedAt: /* @__PURE__ */ dateOf(),
    organization: organizationSchema,
    stats: /* @__PURE__ */ listOf(statSchema),
    jobs: /* @__PURE__ */ listOf(jobSchema),
    spotlights: /* @__PURE__ */ listOf(spotlightSchema),
    benefits: /* @__PURE__ */ listOf(benefitSchema),
  },
) as unknown as Schema<CareersFeed>;

/** Notes for people reading the JSON Schema, by the name of the definition they explain. */
const DEFINITION_NOTES: Record<string, string> = {
  LocalizedText: 'Text, or a map of BCP 47 language tag to text. Rendered as text, never as HTML.',
  Stat: 'value is a number (kind "number"), an ISO date ("date"), a Place ("place") or text ("text").',
};

/** "a, b or c" */
const spelledList = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

function urlJson(schemes: readonly string[]): JsonSchema {
  const web = schemes.includes('https:') && schemes.includes('http:');
  const alternatives = web ? ['https?:', ...schemes.filter((scheme) => !/^https?:$/.test(scheme))] : [...schemes];
  return {
    type: 'string',
    format: 'uri-reference',
    description: `Absolute ${spelledList(schemes)} URL, or a URL relative to the feed.`,
    // One of the schemes, or no scheme at all (a relative URL).
    pattern: `^(?:${[...alternatives, '(?![A-Za-z][A-Za-z0-9+.-]*:)'].join('|')})`,
  };
}

/** The JSON Schema fragment for `schema`; named schemas are gathered into `defs`. */
export function toJsonSchema(schema: Schema<unknown>, defs: Record<string, JsonSchema>): JsonSchema {
  switch (schema.kind) {
    case 'string': {
      const text = { type: 'string', minLength: 1, ...(schema.pattern ? { pattern: schema.pattern.source } : {}) };
      return schema.numbers ? { anyOf: [text, { type: 'number' }] } : text;
    }
    case 'code':
    case 'date':
      return { type: 'string', pattern: schema.pattern.source };
    case 'number':
    case 'boolean':
      return { type: schema.kind };
    case 'unknown':
      return {};
    case 'literal':
      return { const: schema.value };
    case 'url':
      return urlJson(schema.schemes);
    case 'text':
      defs.LocalizedText ??= {
        description: DEFINITION_NOTES.LocalizedText,
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
        ],
      };
      return { $ref: '#/$defs/LocalizedText' };
    case 'list':
      return { type: 'array', items: toJsonSchema(schema.item, defs), ...(schema.min ? { minItems: schema.min } : {}) };
    case 'oneOrMany': {
      const list = { type: 'array', items: toJsonSchema(schema.item, defs), ...(schema.min ? { minItems: schema.min } : {}) };
      return { anyOf: [list, toJsonSchema(schema.item, defs)] };
    }
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const { key, schema: field, optional } of schema.fields) {
        properties[key] = toJsonSchema(field, defs);
        if (!optional) required.push(key);
      }
      return { type: 'object', properties, ...(required.length ? { required } : {}) };
    }
    case 'refine':
      return toJsonSchema(schema.schema, defs);
    case 'named': {
      const { name } = schema;
      if (!Object.hasOwn(defs, name)) {
        defs[name] = {}; // reserve the name first: guards against recursion
        const note = Object.hasOwn(DEFINITION_NOTES, name) ? { description: DEFINITION_NOTES[name] } : {};
        defs[name] = { ...note, ...toJsonSchema(schema.schema, defs) };
      }
      return { $ref: `#/$defs/${name}` };
    }
  }
}

/** The JSON Schema (draft 2020-12) of the careers feed, version 1. */
export function feedJsonSchema(): Record<string, unknown> {
  const defs: Record<string, JsonSchema> = {};
  const root = toJsonSchema(feedSchema, defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/nato-careers-elements/dist/careers-feed.schema.json',
    title: 'NATO careers feed, version 1',
    description:
      'The document an endpoint of nato-careers-elements returns: the whole feed, or one of its lists (e.g. an array of jobs). Text is always rendered as text, never as HTML.',
    ...root,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  };
}
