import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoSpotlightCard as NatoSpotlightCardElement } from '../components/spotlight-card/spotlight-card.component.js';
import '../components/spotlight-card/spotlight-card.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';
import type { NatoSpotlightSelectEvent } from '../events/nato-spotlight-select.js';

/** `<nato-spotlight-card>` for React. One employee spotlight. */
export const NatoSpotlightCard = createComponent({
  react: React,
  tagName: 'nato-spotlight-card',
  elementClass: NatoSpotlightCardElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
    onNatoSpotlightSelect: 'nato-spotlight-select' as EventName<NatoSpotlightSelectEvent>,
  },
  displayName: 'NatoSpotlightCard',
});
