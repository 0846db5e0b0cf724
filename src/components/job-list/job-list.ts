import { defineElement } from '../../internal/define.js';
import { NatoJobList } from './job-list.component.js';

export { NatoJobList };

defineElement('nato-job-list', NatoJobList);

declare global {
  interface HTMLElementTagNameMap {
    'nato-job-list': NatoJobList;
  }
}
