import { defineElement } from '../../internal/define.js';
import { NatoSpotlightGallery } from './spotlight-gallery.component.js';

export { NatoSpotlightGallery };

defineElement('nato-spotlight-gallery', NatoSpotlightGallery);

declare global {
  interface HTMLElementTagNameMap {
    'nato-spotlight-gallery': NatoSpotlightGallery;
  }
}
