import { asFeed, contextFor, isFeed, memo, own } from './feed-document.js';
import { Path, isInvalid, isRecord } from './feed-schema-builder.js';
import type { Organization } from './feed-types.js';
import { organizationSchema } from './organization-schema.js';

/** The organisation profile of a feed, if it has a valid one. */
export function readOrganization(input: unknown, source: string): Organization | undefined {
  return memo(input, 'organization', () => {
    // The whole feed, or only its organisation (an endpoint serving that slice alone).
    const isProfile = isRecord(input) && !isFeed(input) && Object.hasOwn(input, 'name');
    const organization = isProfile ? input : own(asFeed(input, source, 'organization'), 'organization');
    if (organization === undefined) return undefined;
    const context = contextFor(source);
    // Warnings about its parts are printed only if the profile is kept.
    const warnings: string[] = [];
    const result = organizationSchema.check(organization, new Path('organization'), {
      baseUrl: context.baseUrl,
      warn: (message) => warnings.push(message),
    });
    if (!isInvalid(result)) {
      warnings.forEach((message) => context.warn(message));
      return result;
    }
    context.warn(`organization skipped: ${result.problem}`);
    return undefined;
  });
}
