/**
 * The validation warnings of a feed, as the elements print them to the console: each invalid
 * item or field, by path. The Playground stories show them beside the element.
 */
import { organizationSchema, sectionSchemas } from '../../src/data/feed-schema.js';
import { Path, isInvalid, isRecord, listOf, type ValidationContext } from '../../src/data/feed-schema-builder.js';

type Section = keyof typeof sectionSchemas;

/** Warnings for `feed`: the whole feed, or one list (`section` says which). */
export function feedWarnings(feed: unknown, section?: Section): string[] {
  const warnings: string[] = [];
  const context: ValidationContext = { baseUrl: document.baseURI, warn: (message) => warnings.push(message) };
  const checkList = (name: Section, list: unknown) => {
    const result = listOf<unknown>(sectionSchemas[name]).check(list, new Path(name), context);
    if (isInvalid(result)) warnings.push(`Unusable: ${result.problem}`);
  };
  if (Array.isArray(feed)) {
    if (section) checkList(section, feed);
    return warnings;
  }
  if (!isRecord(feed)) return [`Unusable: expected the careers feed (an object with "version": 1), got ${feed === null ? 'null' : typeof feed}`];
  if (Object.hasOwn(feed, 'version') && feed.version !== 1) warnings.push(`feed version ${JSON.stringify(feed.version)} is not 1`);
  for (const name of Object.keys(sectionSchemas) as Section[]) {
    if (Object.hasOwn(feed, name)) checkList(name, feed[name]);
  }
  if (Object.hasOwn(feed, 'organization')) {
    const result = organizationSchema.check(feed.organization, new Path('organization'), context);
    if (isInvalid(result)) warnings.push(`organization skipped: ${result.problem}`);
  }
  return warnings;
}
