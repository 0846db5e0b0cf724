import type { Spotlight } from '../data/feed-types.js';

/** Fired when the reader opens a spotlight's full story ("Read more"). */
export class NatoSpotlightSelectEvent extends Event {
  static readonly eventName = 'nato-spotlight-select';

  constructor(readonly spotlight: Spotlight) {
    super(NatoSpotlightSelectEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same fields, for code written for `CustomEvent` (`event.detail.spotlight`). */
  get detail(): { spotlight: Spotlight } {
    return { spotlight: this.spotlight };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-spotlight-select': NatoSpotlightSelectEvent;
  }
}
