import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoJobDetail as NatoJobDetailElement } from '../components/job-detail/job-detail.component.js';
import '../components/job-detail/job-detail.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';
import type { NatoApplyEvent } from '../events/nato-apply.js';

/** `<nato-job-detail>` for React. One vacancy in full, with its Apply links and JobPosting data. */
export const NatoJobDetail = createComponent({
  react: React,
  tagName: 'nato-job-detail',
  elementClass: NatoJobDetailElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
    onNatoApply: 'nato-apply' as EventName<NatoApplyEvent>,
  },
  displayName: 'NatoJobDetail',
});
