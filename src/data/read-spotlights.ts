import { readList } from './feed-document.js';
import type { Spotlight } from './feed-types.js';
import { spotlightSchema } from './spotlight-schema.js';

/** The valid employee spotlights of a feed, or of a list of them. */
export function readSpotlights(input: unknown, source: string): Spotlight[] {
  return readList(input, 'spotlights', spotlightSchema, source);
}
