import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NatoCompanyStats as NatoCompanyStatsElement } from '../components/company-stats/company-stats.component.js';
import '../components/company-stats/company-stats.js';
import type { NatoLoadEvent } from '../events/nato-load.js';
import type { NatoErrorEvent } from '../events/nato-error.js';

/** `<nato-company-stats>` for React. Facts and figures. */
export const NatoCompanyStats = createComponent({
  react: React,
  tagName: 'nato-company-stats',
  elementClass: NatoCompanyStatsElement,
  events: {
    onNatoLoad: 'nato-load' as EventName<NatoLoadEvent>,
    onNatoError: 'nato-error' as EventName<NatoErrorEvent>,
  },
  displayName: 'NatoCompanyStats',
});
