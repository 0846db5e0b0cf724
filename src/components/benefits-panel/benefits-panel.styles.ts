import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_icon-size: var(--nato-benefits-icon-size, 2em);
    --_card-min: var(--nato-benefits-card-min-width, 15em);
  }

  .base {
    container-name: benefits-panel;
  }

  .groups {
    display: grid;
    gap: var(--_space-l);
  }

  .group {
    display: grid;
    gap: var(--_space-m);
  }

  .category {
    margin: 0;
    padding-block-end: var(--_space-xs);
    border-block-end: 2px solid var(--_color-border);
    font-size: var(--_font-size-l);
    line-height: 1.3;
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }

  .list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  .item > .text:only-child {
    grid-column: 1 / -1;
  }

  /* List: rows separated by rules. */
  .layout-list .item {
    padding-block: var(--_space-m);
    border-block-end: 1px solid var(--_color-border);
  }

  .layout-list .item:first-child {
    padding-block-start: 0;
  }

  .layout-list .item:last-child {
    border-block-end: 0;
    padding-block-end: 0;
  }

  /* Grid: cards. */
  .layout-grid {
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }

  /* A card: the icon above the text, which keeps the whole width (long French words). */
  .layout-grid .item {
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }

  .layout-grid .text {
    padding-block-start: 0;
  }

  .icon {
    display: grid;
    place-items: center;
    inline-size: calc(var(--_icon-size) + 0.75em);
    block-size: calc(var(--_icon-size) + 0.75em);
    border-radius: 50%;
    background: color-mix(in srgb, var(--_color-primary) 12%, transparent);
    color: var(--_color-primary);
  }

  .icon svg {
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
  }

  .text {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
    /* Centre a one-line title on the icon. */
    padding-block-start: 0.35em;
  }

  .title {
    margin: 0;
    hyphens: auto;
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .description {
    margin: 0;
    hyphens: auto;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }

  .placeholder .text {
    gap: var(--_space-s);
  }

  .placeholder .icon {
    background: var(--_color-skeleton);
  }

  @container benefits-panel (min-width: 30em) {
    .layout-grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    }

    .layout-grid .item {
      padding: var(--_space-l) var(--_space-m);
    }
  }

  @container benefits-panel (min-width: 48em) {
    .layout-list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: var(--_space-xl);
    }

    /* Two columns: each item keeps its rule, so rows line up whatever the column lengths. */
    .layout-list .item,
    .layout-list .item:first-child,
    .layout-list .item:last-child {
      padding-block: var(--_space-m);
      border-block-end: 1px solid var(--_color-border);
    }
  }

  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }

    .layout-grid .item {
      border-color: CanvasText;
    }
  }
`;
