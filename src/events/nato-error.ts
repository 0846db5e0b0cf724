import type { FeedError } from '../data/feed-error.js';

/** Fired when an element's data could not be loaded. `error.kind` says why. */
export class NatoErrorEvent extends Event {
  static readonly eventName = 'nato-error';

  constructor(readonly error: FeedError) {
    super(NatoErrorEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same fields, for code written for `CustomEvent` (`event.detail.error`). */
  get detail(): { error: FeedError } {
    return { error: this.error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-error': NatoErrorEvent;
  }
}
