import { readList } from './feed-document.js';
import type { Benefit } from './feed-types.js';
import { benefitSchema } from './benefit-schema.js';

/** The valid benefits of a feed, or of a list of them. */
export function readBenefits(input: unknown, source: string): Benefit[] {
  return readList(input, 'benefits', benefitSchema, source);
}
