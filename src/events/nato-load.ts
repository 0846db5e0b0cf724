/** Fired when an element's data has loaded and been validated. `data` is what it will show. */
export class NatoLoadEvent<T = unknown> extends Event {
  static readonly eventName = 'nato-load';

  constructor(readonly data: T) {
    super(NatoLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nato-load': NatoLoadEvent;
  }
}
