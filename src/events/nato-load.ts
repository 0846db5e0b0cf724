/** Fired when an element's data has loaded and been validated. `data` is what it will show. */
export class NatoLoadEvent<T = unknown> extends Event {
  static readonly eventName = 'nato-load';

  constructor(readonly data: T) {
    super(NatoLoadEvent.eventName, { bubbles: true, composed: true });
  }

  /** The same fields, for code written for `CustomEvent` (`event.detail.data`). */
  get detail(): { data: T } {
    return { data: this.data };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-load': NatoLoadEvent;
  }
}
