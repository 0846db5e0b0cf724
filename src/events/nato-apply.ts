import type { Job } from '../data/feed-types.js';

/**
 * Fired when an Apply link is activated. Cancelable: call `preventDefault()` to keep the
 * browser from following the link and route the applicant yourself.
 */
export class NatoApplyEvent extends Event {
  static readonly eventName = 'nato-apply';

  constructor(
    readonly job: Job,
    /** The safe apply URL the link points at. */
    readonly url: string,
  ) {
    super(NatoApplyEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }

  /** The same fields, for code written for `CustomEvent` (`event.detail.url`). */
  get detail(): { job: Job; url: string } {
    return { job: this.job, url: this.url };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-apply': NatoApplyEvent;
  }
}
