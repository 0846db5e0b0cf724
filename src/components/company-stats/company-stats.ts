import { defineElement } from '../../internal/define.js';
import { NatoCompanyStats } from './company-stats.component.js';

export { NatoCompanyStats };

defineElement('nato-company-stats', NatoCompanyStats);

declare global {
  interface HTMLElementTagNameMap {
    'nato-company-stats': NatoCompanyStats;
  }
}
