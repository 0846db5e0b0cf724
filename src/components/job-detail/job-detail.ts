import { defineElement } from '../../internal/define.js';
import { NatoJobDetail } from './job-detail.component.js';

export { NatoJobDetail };

defineElement('nato-job-detail', NatoJobDetail);

declare global {
  interface HTMLElementTagNameMap {
    'nato-job-detail': NatoJobDetail;
  }
}
