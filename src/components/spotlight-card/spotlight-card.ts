import { defineElement } from '../../internal/define.js';
import { NatoSpotlightCard } from './spotlight-card.component.js';

export { NatoSpotlightCard };

defineElement('nato-spotlight-card', NatoSpotlightCard);

declare global {
  interface HTMLElementTagNameMap {
    'nato-spotlight-card': NatoSpotlightCard;
  }
}
