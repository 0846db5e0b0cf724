import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoSpotlightGallery as NatoSpotlightGalleryElement } from '../components/spotlight-gallery/spotlight-gallery.component.js';
import '../components/spotlight-gallery/spotlight-gallery.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';
import type { NatoSpotlightSelectEvent } from '../events/nato-spotlight-select.js';
import type { NatoSlideChangeEvent } from '../events/nato-slide-change.js';

/** `<nato-spotlight-gallery>` for React. All spotlights, as a grid or a carousel. */
export const NatoSpotlightGallery = createComponent({
  react: React,
  tagName: 'nato-spotlight-gallery',
  elementClass: NatoSpotlightGalleryElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
    onNatoSpotlightSelect: 'nato-spotlight-select' as EventName<NatoSpotlightSelectEvent>,
    onNatoSlideChange: 'nato-slide-change' as EventName<NatoSlideChangeEvent>,
  },
  displayName: 'NatoSpotlightGallery',
});
