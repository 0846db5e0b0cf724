import { defineElement } from '../../internal/define.js';
import { NatoBenefitsPanel } from './benefits-panel.component.js';

export { NatoBenefitsPanel };

defineElement('nato-benefits-panel', NatoBenefitsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nato-benefits-panel': NatoBenefitsPanel;
  }
}
