import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_value-size: var(--nato-stats-value-size, 2em);
    --_tile-min: var(--nato-stats-tile-min-width, 12em);
  }

  .base {
    container-name: company-stats;
  }

  .list {
    display: grid;
    margin: 0;
  }

  .item {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .label {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  .value,
  .note {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Grid: tiles with big figures. */
  .layout-grid {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_tile-min)), 1fr));
    gap: var(--_space-m);
  }

  .layout-grid .item {
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border-inline-start: 0.25em solid var(--_color-primary);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-raised);
  }

  .layout-grid .label {
    font-weight: var(--_font-weight-bold);
  }

  .layout-grid .value {
    color: var(--_color-primary);
    /* Smaller in narrow containers, where a tile is the whole width. */
    font-size: calc(var(--_value-size) * 0.8);
    font-weight: var(--_font-weight-bold);
    line-height: 1.15;
    font-variant-numeric: lining-nums;
  }

  /* Places and text are longer than figures: a size that keeps them to a line or two. */
  .layout-grid .kind-place .value,
  .layout-grid .kind-text .value {
    font-size: calc(var(--_value-size) * 0.65);
  }

  /* A figure never breaks inside ("6,000", "1 billion"); its qualifier ("about") is smaller. */
  .figure {
    white-space: nowrap;
  }

  .qualifier {
    font-size: 0.6em;
    font-weight: normal;
  }

  .layout-inline .qualifier {
    font-size: inherit;
  }

  .layout-grid .dash {
    display: none;
  }

  .note {
    color: var(--_color-text-muted);
  }

  .clip {
    overflow: clip;
  }

  /* Inline: a compact row, facts separated by rules. Every fact has its rule; the row is
     shifted so that the rule at the start of each line falls outside the clipped wrapper. */
  .layout-inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) 0;
    margin-inline-start: calc(-1 * (var(--_space-m) + 1px));
  }

  .layout-inline .item {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    padding-inline: var(--_space-m);
    border-inline-start: 1px solid var(--_color-border-strong);
  }

  .layout-inline .value {
    font-weight: var(--_font-weight-bold);
  }

  .layout-inline .note {
    font-size: var(--_font-size-s);
  }

  .placeholder .item {
    gap: var(--_space-s);
  }

  .placeholder .label {
    inline-size: 70%;
    block-size: 1em;
  }

  .value-skeleton {
    inline-size: 55%;
    block-size: calc(var(--_value-size) * 0.8 * 1.15);
  }

  .layout-inline .value-skeleton {
    inline-size: 5em;
    block-size: 1.2em;
  }

  /* In a narrow container, the inline row becomes one fact per line, without rules. */
  @container company-stats (max-width: 24em) {
    .layout-inline {
      margin-inline-start: 0;
    }

    .layout-inline .item {
      flex: 1 0 100%;
      padding-inline: 0;
      border-inline-start: 0;
    }
  }

  @container company-stats (min-width: 32em) {
    .layout-grid .value {
      font-size: var(--_value-size);
    }

    .layout-grid .kind-place .value,
    .layout-grid .kind-text .value {
      font-size: calc(var(--_value-size) * 0.75);
    }

    .value-skeleton {
      block-size: calc(var(--_value-size) * 1.15);
    }
  }

  @media (forced-colors: active) {
    .layout-grid .item {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.25em;
    }
  }
`;
