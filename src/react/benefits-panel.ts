import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoBenefitsPanel as NatoBenefitsPanelElement } from '../components/benefits-panel/benefits-panel.component.js';
import '../components/benefits-panel/benefits-panel.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';

/** `<nato-benefits-panel>` for React. What employees can expect. */
export const NatoBenefitsPanel = createComponent({
  react: React,
  tagName: 'nato-benefits-panel',
  elementClass: NatoBenefitsPanelElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
  },
  displayName: 'NatoBenefitsPanel',
});
