import { defineStrings, type Formatter } from '../../internal/localize.js';

/** The gallery's own strings (each card uses the `spotlight-card` table); French has every key. */
const en = {
  heading: 'Meet our people',
  loading: 'Loading employee spotlights…',
  /** The carousel's name for screen readers. */
  label: 'Employee spotlights',
  /** What screen readers call the carousel and its slides (`aria-roledescription`). */
  carousel: 'carousel',
  slide: 'slide',
  /** "2 of 4": a slide's name, and the visible position. */
  position: (index: number, count: number, f: Formatter) => `${f.number(index)} of ${f.number(count)}`,
  previous: 'Previous',
  next: 'Next',
  pause: 'Pause',
  play: 'Play',
  /** Completes "Pause" / "Play" for screen readers. */
  slideshowSuffix: ' slideshow',
};

export type SpotlightGalleryStrings = typeof en;

const fr: SpotlightGalleryStrings = {
  heading: 'À la rencontre de notre personnel',
  loading: 'Chargement des portraits…',
  label: 'Portraits du personnel',
  carousel: 'carrousel',
  slide: 'diapositive',
  position: (index: number, count: number, f: Formatter) => `${f.number(index)} sur ${f.number(count)}`,
  previous: 'Précédent',
  next: 'Suivant',
  pause: 'Pause',
  play: 'Lecture',
  slideshowSuffix: ' du diaporama',
};

/** Registered under the name `spotlight-gallery` (see `registerStrings()`). */
export const spotlightGalleryStrings = defineStrings('spotlight-gallery', en, fr);
