import { css } from 'lit';
import { spotlightViewStyles } from './spotlight-view.styles.js';

export const styles = [
  spotlightViewStyles,
  css`
    .base {
      /* The card lays itself out by its own width. */
      container-name: spotlight;
    }
  `,
];
