import { css } from 'lit';
import { spotlightViewStyles } from '../spotlight-card/spotlight-view.styles.js';

export const styles = [
  spotlightViewStyles,
  css`
    .base {
      container-name: spotlight-gallery;
    }

    /* Grid: one column, then two, then three, by the gallery's own width. */
    .grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    @container spotlight-gallery (min-width: 40em) {
      .grid {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }

    @container spotlight-gallery (min-width: 64em) {
      .grid {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }

    /* Each card lays itself out by its own cell's width. */
    .cell,
    .slide {
      container: spotlight / inline-size;
      min-inline-size: 0;
    }

    .cell,
    .slide {
      display: grid;
    }

    .card {
      padding: var(--_space-m);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-m);
      background: var(--_color-surface);
    }

    /* A folded story shows the start of its first paragraph: cards side by side stay comparable.
       "Read more" shows it all (screen readers always read the whole paragraph). */
    .story--folded > p:first-child {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 5;
      line-clamp: 5;
      overflow: hidden;
    }

    .grid .name,
    .slide .name {
      font-size: var(--_font-size-l);
    }

    /* Carousel */
    .carousel {
      display: grid;
      gap: var(--_space-s);
      min-inline-size: 0;
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
    }

    .status {
      margin: 0;
      margin-inline-start: auto;
      color: var(--_color-text-muted);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .pause + .status,
    .controls > .status:first-child {
      margin-inline-start: auto;
    }

    .arrow {
      padding-inline: var(--_space-s);
    }

    .icon {
      display: inline-block;
      inline-size: 0.55em;
      block-size: 0.55em;
      border-block-start: 2px solid currentColor;
      border-inline-start: 2px solid currentColor;
    }

    .icon--previous {
      transform: translateX(0.15em) rotate(-45deg);
    }

    .icon--next {
      transform: translateX(-0.15em) rotate(135deg);
    }

    .icon--pause {
      inline-size: 0.7em;
      block-size: 0.8em;
      border: none;
      border-inline: 0.22em solid currentColor;
    }

    .icon--play {
      inline-size: 0;
      block-size: 0;
      border: none;
      border-block: 0.42em solid transparent;
      border-inline-start: 0.7em solid currentColor;
    }

    /* Narrow: the controls show their icons only; their names stay for screen readers. */
    .control-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    @container spotlight-gallery (min-width: 30em) {
      .control-text {
        position: static;
        width: auto;
        height: auto;
        overflow: visible;
        clip-path: none;
      }
    }

    .slides {
      position: relative;
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: 100%;
      gap: var(--_space-m);
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      scroll-behavior: smooth;
      scrollbar-width: none;
      border-radius: var(--_radius-m);
    }

    .slides::-webkit-scrollbar {
      display: none;
    }

    .slide {
      scroll-snap-align: start;
      scroll-snap-stop: always;
    }

    .status-placeholder {
      inline-size: 5em;
      margin-block: 0.8em;
    }

    .placeholder-cell .card {
      padding: var(--_space-m);
    }

    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }

      .icon,
      .icon--pause,
      .icon--play {
        forced-color-adjust: auto;
      }
    }
  `,
];
