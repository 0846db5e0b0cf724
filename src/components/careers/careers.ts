import { defineElement } from '../../internal/define.js';
import { NatoCareers } from './careers.component.js';

export { NatoCareers };

defineElement('nato-careers', NatoCareers);

declare global {
  interface HTMLElementTagNameMap {
    'nato-careers': NatoCareers;
  }
}
