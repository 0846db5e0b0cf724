import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoJobList as NatoJobListElement } from '../components/job-list/job-list.component.js';
import '../components/job-list/job-list.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';
import type { NatoJobSelectEvent } from '../events/nato-job-select.js';
import type { NatoApplyEvent } from '../events/nato-apply.js';

/** `<nato-job-list>` for React. Job openings: search, filters, sorting and details. */
export const NatoJobList = createComponent({
  react: React,
  tagName: 'nato-job-list',
  elementClass: NatoJobListElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
    onNatoJobSelect: 'nato-job-select' as EventName<NatoJobSelectEvent>,
    onNatoApply: 'nato-apply' as EventName<NatoApplyEvent>,
  },
  displayName: 'NatoJobList',
});
