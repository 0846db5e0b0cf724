/**
 * The careers feed, version 1, as one schema description. It validates feeds at run time and
 * produces `careers-feed.schema.json` (`npm run analyze`); a test keeps the two equal.
 * Keep it in step with the types in `feed-types.ts`.
 */
import {
  booleanOf,
  codeOf,
  isInvalid,
  dateOf,
  listOf,
  literalOf,
  localizedTextOf,
  named,
  numberOf,
  objectOf,
  oneOrMany,
  optional,
  refine,
  stringOf,
  unknownOf,
  urlOf,
  type Schema,
} from './feed-schema-builder.js';
import type { Benefit, CareersFeed, Job, Organization, Spotlight, Stat } from './feed-types.js';

const text = localizedTextOf();
/** Paragraphs: a list of texts, or one text. */
const paragraphs = oneOrMany(text, { min: 1 });
const texts = oneOrMany(text);
const id = stringOf({ pattern: /^[\w.:-]+$/, hint: 'an id of letters, digits, ".", ":", "_" or "-"', numbers: true });

const place = named(
  'Place',
  objectOf({
    city: optional(text),
    country: codeOf(2, 'an ISO 3166-1 alpha-2 country code such as "BE"'),
  }),
);

const textSection = named('TextSection', objectOf({ title: text, text: paragraphs }));

export const organizationSchema: Schema<Organization> = named(
  'Organization',
  objectOf({
    id,
    name: text,
    shortName: optional(text),
    founded: optional(dateOf()),
    headquarters: optional(place),
    website: optional(urlOf()),
    purpose: optional(text),
    pillars: optional(listOf(textSection)),
    description: optional(paragraphs),
    coreTasks: optional(texts),
    values: optional(texts),
    collectiveDefence: optional(paragraphs),
    workingAt: optional(paragraphs),
    diversity: optional(listOf(textSection)),
  }),
);

const statValueRules: Record<Stat['kind'], Schema<unknown>> = {
  number: numberOf(),
  date: dateOf(),
  place,
  text,
};

export const statSchema: Schema<Stat> = named(
  'Stat',
  refine(
    objectOf({
      id,
      label: text,
      kind: stringOf({ pattern: /^(number|date|place|text)$/, hint: 'one of "number", "date", "place", "text"' }),
      value: unknownOf(),
      approximate: optional(booleanOf()),
    }) as Schema<Stat>,
    (stat, path, context) => {
      const result = path.at('value', () => statValueRules[stat.kind].check(stat.value, path, context));
      return isInvalid(result) ? result : undefined;
    },
    {
      description: 'value is a number (kind "number"), an ISO date ("date"), a Place ("place") or text ("text").',
    },
  ),
);

export const jobSchema: Schema<Job> = named(
  'Job',
  objectOf({
    id,
    reference: optional(stringOf({ numbers: true })),
    title: text,
    organization: optional(text),
    unit: optional(text),
    grade: optional(stringOf()),
    locations: optional(oneOrMany(place)),
    contractType: optional(stringOf()),
    workplaceType: optional(stringOf()),
    postedAt: optional(dateOf()),
    closingAt: optional(dateOf()),
    applyUrl: optional(urlOf()),
    summary: optional(text),
    description: optional(paragraphs),
    requirements: optional(texts),
    eligibility: optional(text),
    illustrative: optional(booleanOf()),
  }),
);

export const spotlightSchema: Schema<Spotlight> = named(
  'Spotlight',
  objectOf({
    id,
    name: stringOf(),
    nationality: optional(codeOf(3, 'an ISO 3166-1 alpha-3 code such as "ALB"')),
    role: text,
    organization: optional(text),
    unit: optional(text),
    quote: optional(text),
    story: optional(paragraphs),
    photo: optional(objectOf({ url: urlOf(), alt: text })),
  }),
);

export const benefitSchema: Schema<Benefit> = named(
  'Benefit',
  objectOf({
    id,
    title: text,
    description: optional(text),
    icon: optional(stringOf()),
    category: optional(text),
  }),
);

/** The item schema of each list section of the feed. */
export const sectionSchemas = {
  jobs: jobSchema,
  stats: statSchema,
  spotlights: spotlightSchema,
  benefits: benefitSchema,
} satisfies Record<string, Schema<unknown>>;

/** The whole document, for the JSON Schema file. Elements validate section by section. */
export const feedSchema = objectOf({
  version: literalOf(1),
  generatedAt: optional(dateOf()),
  organization: optional(organizationSchema),
  stats: optional(listOf(statSchema)),
  jobs: optional(listOf(jobSchema)),
  spotlights: optional(listOf(spotlightSchema)),
  benefits: optional(listOf(benefitSchema)),
}) as unknown as Schema<CareersFeed>;

/** The JSON Schema (draft 2020-12) of the careers feed, version 1. */
export function feedJsonSchema(): Record<string, unknown> {
  const defs: Record<string, Record<string, unknown>> = {};
  const root = feedSchema.toJson(defs);
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
