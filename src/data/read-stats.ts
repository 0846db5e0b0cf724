import { readList } from './feed-document.js';
import type { Stat } from './feed-types.js';
import { statSchema } from './stat-schema.js';

/** The valid facts and figures of a feed, or of a list of them. */
export function readStats(input: unknown, source: string): Stat[] {
  return readList(input, 'stats', statSchema, source);
}
