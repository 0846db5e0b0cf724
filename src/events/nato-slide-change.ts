import type { Spotlight } from '../data/feed-types.js';

/** Fired when a carousel shows another slide (buttons, arrow keys, swipe, scroll or rotation). */
export class NatoSlideChangeEvent extends Event {
  static readonly eventName = 'nato-slide-change';

  constructor(
    /** The position of the slide now shown, from 0. */
    readonly index: number,
    /** The spotlight on that slide. */
    readonly spotlight: Spotlight,
  ) {
    super(NatoSlideChangeEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same fields, for code written for `CustomEvent` (`event.detail.index`). */
  get detail(): { index: number; spotlight: Spotlight } {
    return { index: this.index, spotlight: this.spotlight };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-slide-change': NatoSlideChangeEvent;
  }
}
