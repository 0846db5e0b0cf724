import { defineElement } from '../../internal/define.js';
import { NatoAboutPanel } from './about-panel.component.js';

export { NatoAboutPanel };

defineElement('nato-about-panel', NatoAboutPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nato-about-panel': NatoAboutPanel;
  }
}
