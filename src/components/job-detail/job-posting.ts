import type { Job, LocalizedText, Organization } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { safeUrl } from '../../internal/safe-url.js';

/**
 * schema.org `JobPosting` structured data for one vacancy, written into the host document's
 * `<head>` as `<script type="application/ld+json">` so that search engines see it.
 *
 * Contract types map to schema.org employment types as follows (NATO posts are full-time
 * employment unless the contract says otherwise; a fixed-term contract is still employment,
 * not contracting): `definite-duration` and `indefinite-duration` → `FULL_TIME`, `temporary` →
 * `TEMPORARY`, `internship` → `INTERN`, `consultancy` → `CONTRACTOR`, `secondment` → `OTHER`
 * (the secondee stays employed by their own administration); any other type is left out.
 */
const EMPLOYMENT_TYPES: Record<string, string> = {
  'definite-duration': 'FULL_TIME',
  'indefinite-duration': 'FULL_TIME',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
  consultancy: 'CONTRACTOR',
  secondment: 'OTHER',
};

export interface JobPostingContext {
  lang: string;
  /** The profile of the organisation the feed describes, if any. */
  organization?: Organization;
  /** The feed's `careersUrl`, if any. */
  careersUrl?: string;
  /** The address of the page showing the vacancy. */
  pageUrl: string;
}

/** A web address for `sameAs`/`url`: `https:` or `http:` only (no `mailto:`). */
function webUrl(value: unknown): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}

/** The `JobPosting` object for `job`. */
export function jobPosting(job: Job, context: JobPostingContext): Record<string, unknown> {
  const text = (value: LocalizedText | undefined) => pickText(value, context.lang).text.trim();
  const description = [text(job.summary), ...(job.description ?? []).map(text)].filter(Boolean).join('\n\n');
  const organizationName = text(job.organization) || text(context.organization?.name);
  const sameAs = webUrl(context.organization?.website) ?? webUrl(context.careersUrl);
  const employmentType = job.contractType ? EMPLOYMENT_TYPES[job.contractType] : undefined;
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: text(job.title),
    description: description || text(job.title),
    datePosted: job.postedAt,
    validThrough: job.closingAt,
    employmentType,
    hiringOrganization: organizationName ? { '@type': 'Organization', name: organizationName, sameAs } : undefined,
    jobLocation: job.locations?.length
      ? job.locations.map((place) => ({
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressLocality: text(place.city) || undefined,
            addressCountry: place.country,
          },
        }))
      : undefined,
    jobLocationType: job.workplaceType === 'remote' ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements:
      job.workplaceType === 'remote' && job.locations?.length
        ? [...new Set(job.locations.map((place) => place.country))].map((name) => ({ '@type': 'Country', name }))
        : undefined,
    eligibilityToWorkRequirement: text(job.eligibility) || undefined,
    identifier: job.reference
      ? { '@type': 'PropertyValue', name: organizationName || undefined, value: job.reference }
      : undefined,
    directApply: false,
    url: webUrl(context.pageUrl),
  };
  return posting;
}

/**
 * The JSON text of a script element: `<` escaped as `\u003c` so that no text in the data
 * (a title holding `</script>` or `<!--`) can end or change the script.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The name of the Trusted Types policy that writes the JSON-LD, for hosts that enforce Trusted Types. */
export const POLICY_NAME = 'nato-careers';

interface ScriptPolicy {
  createScript(input: string): unknown;
}

type PolicyFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };

/**
 * The policy, shared by every copy of the library on the page: a second copy creating the same
 * name would be refused where the page does not allow duplicates. `null` when the page refuses it.
 */
const SHARED_POLICY = Symbol.for('nato-careers.trusted-types-policy');

function scriptPolicy(factory: PolicyFactory): ScriptPolicy | null {
  const shared = globalThis as { [SHARED_POLICY]?: ScriptPolicy | null };
  if (shared[SHARED_POLICY] === undefined) {
    try {
      // The JSON is data for search engines, never run: a non-executable script type.
      shared[SHARED_POLICY] = factory.createPolicy(POLICY_NAME, { createScript: (input) => input });
    } catch {
      shared[SHARED_POLICY] = null;
    }
  }
  return shared[SHARED_POLICY];
}

let warned = false;

/**
 * Adds a `<script type="application/ld+json">` holding `json` to the document's head, and
 * returns it; or, where the page's Trusted Types rules refuse it, prints one warning and returns
 * `undefined` (the vacancy is still shown).
 *
 * Where the browser has Trusted Types, the text goes through the `nato-careers` policy first:
 * script text set any other way is reported as a violation on pages that enforce Trusted Types,
 * even for a non-executable type. Elsewhere, a plain text node.
 */
export function appendJsonLd(json: string, owner: Element): HTMLScriptElement | undefined {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-nato-job-posting', '');
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  const trusted = factory ? scriptPolicy(factory) : undefined;
  try {
    if (trusted) script.text = trusted.createScript(json) as string;
    else if (trusted === undefined) script.append(document.createTextNode(json));
    if (trusted !== null) {
      document.head.append(script);
      return script;
    }
  } catch {
    // Refused: fall through to the warning.
  }
  if (!warned) {
    warned = true;
    console.warn(
      `[nato-careers] <${owner.localName}>: this page's Trusted Types policy refuses script text, so the vacancy's JobPosting structured data (JSON-LD) was not added. Allow the policy "${POLICY_NAME}" (trusted-types lit-html ${POLICY_NAME}) to add it.`,
      owner,
    );
  }
  return undefined;
}
