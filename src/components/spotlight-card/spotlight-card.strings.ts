import { defineStrings } from '../../internal/localize.js';

/** A spotlight's own strings (the card, and each card of the gallery); French has every key. */
const en = {
  loading: 'Loading employee spotlight…',
  /** Read before the country's name; the country alone would not say what it is. */
  nationality: 'Nationality: ',
  quoteOpen: '“',
  quoteClose: '”',
  /** Before the name under a quotation. */
  attribution: '— ',
  readMore: 'Read more',
  showLess: 'Show less',
  /** Completes the toggle's name for screen readers, so that several toggles differ. */
  about: (name: string) => ` about ${name}`,
  notFound: 'This employee spotlight is not available.',
};

export type SpotlightStrings = typeof en;

const fr: SpotlightStrings = {
  loading: 'Chargement du portrait…',
  nationality: 'Nationalité\u00a0: ',
  quoteOpen: '«\u00a0',
  quoteClose: '\u00a0»',
  attribution: '— ',
  readMore: 'Lire la suite',
  showLess: 'Réduire',
  about: (name: string) => ` sur ${name}`,
  notFound: 'Ce portrait n’est pas disponible.',
};

/** Registered under the name `spotlight-card` (see `registerStrings()`). */
export const spotlightStrings = defineStrings('spotlight-card', en, fr);
