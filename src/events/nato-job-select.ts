import type { Job } from '../data/feed-types.js';

/** Fired when a job is opened to show its details. */
export class NatoJobSelectEvent extends Event {
  static readonly eventName = 'nato-job-select';

  constructor(readonly job: Job) {
    super(NatoJobSelectEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same fields, for code written for `CustomEvent` (`event.detail.job`). */
  get detail(): { job: Job } {
    return { job: this.job };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-job-select': NatoJobSelectEvent;
  }
}
