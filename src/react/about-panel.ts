import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoAboutPanel as NatoAboutPanelElement } from '../components/about-panel/about-panel.component.js';
import '../components/about-panel/about-panel.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';

/** `<nato-about-panel>` for React. The organisation profile. */
export const NatoAboutPanel = createComponent({
  react: React,
  tagName: 'nato-about-panel',
  elementClass: NatoAboutPanelElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
  },
  displayName: 'NatoAboutPanel',
});
