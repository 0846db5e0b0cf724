import { css } from 'lit';

export const styles = css`
  .base {
    /* Layout follows the widget's own width, not the viewport's. */
    container-name: job-list;
  }

  .count {
    margin: 0;
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-bold);
  }

  .count--placeholder {
    inline-size: 8em;
    block-size: calc(1lh - 0.4em);
    margin-block: 0.2em;
  }

  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-m);
    border-radius: var(--_radius-m);
    background: var(--_color-surface-raised);
  }

  .field {
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .field label,
  .field .label {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
  }

  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }

  input,
  select,
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border-strong);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  @container job-list (min-width: 36em) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .field--search {
      grid-column: 1 / -1;
    }

  }

  @container job-list (min-width: 52em) {
    .filters {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  /* Four filters and the sort order in one row. */
  @container job-list (min-width: 68em) {
    .filters {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
  }

  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .results {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .button--small {
    min-block-size: 2.25em;
    padding-block: var(--_space-xs);
    font-size: var(--_font-size-s);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_color-border);
  }

  .item {
    display: grid;
    gap: var(--_space-xs);
    padding-block: var(--_space-m);
    border-block-end: 1px solid var(--_color-border);
  }

  /* Placeholder rows are drawn in the loaded row's own boxes (title, facts, closing date), so
     they take its fonts and line heights; each bar is as tall as the lines it stands for
     (\`lh\`), less a little so that it reads as text. Line counts follow the container width. */
  .item--placeholder {
    --_title-lines: 1;
    --_meta-lines: 1;
    --_closing-lines: 1;
  }

  .skeleton--text {
    inline-size: min(30em, 95%);
    block-size: calc(var(--_lines) * 1lh - 0.4em);
    margin-block: 0.2em;
  }

  .item--placeholder .title {
    --_lines: var(--_title-lines);
  }

  /* The title is a button with padding. */
  .item--placeholder .title .skeleton--text {
    inline-size: min(22em, 80%);
    margin-block: calc(var(--_space-xs) + 0.2em);
  }

  .item--placeholder .meta {
    --_lines: var(--_meta-lines);
    display: block;
  }

  .item--placeholder .closing {
    --_lines: var(--_closing-lines);
    display: block;
  }

  .item--placeholder .closing .skeleton--text {
    inline-size: min(12em, 60%);
  }

  .skeleton--results {
    inline-size: 6em;
    block-size: 1.5em;
  }

  /* Middle widths: the facts line of a job usually wraps once. */
  @container job-list (max-width: 44em) {
    .item--placeholder {
      --_meta-lines: 2;
    }
  }

  /* Narrow: titles take two lines, the facts one line each. */
  @container job-list (max-width: 26em) {
    .item--placeholder {
      --_title-lines: 2;
      --_meta-lines: 5;
    }
  }

  .title {
    margin: 0;
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }

  .toggle {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-s);
    inline-size: 100%;
    margin: 0;
    padding: var(--_space-xs) 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    text-align: start;
    cursor: pointer;
  }

  .toggle:hover span:first-child {
    text-decoration: underline;
  }

  .chevron {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline: 0.25em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
    transition: transform 0.15s ease;
  }

  [aria-expanded='true'] .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }

  .meta,
  .closing,
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-s);
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }

  /* A drawn dot between items, so screen readers do not read out separators. */
  .meta > span + span::before,
  .closing > span + time::before,
  .facts > span + span::before {
    content: '';
    display: inline-block;
    inline-size: 0.25em;
    block-size: 0.25em;
    margin-inline-end: var(--_space-s);
    border-radius: 50%;
    background: currentColor;
    vertical-align: middle;
  }

  /* Very narrow: one fact a line reads better than dots at line starts. */
  @container job-list (max-width: 26em) {
    .meta {
      flex-direction: column;
      align-items: start;
    }

    .meta > span + span::before {
      display: none;
    }
  }

  .closing--soon {
    color: var(--_color-warning);
  }

  .badge {
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 1em;
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    font-weight: var(--_font-weight-bold);
  }

  .details {
    display: grid;
    gap: var(--_space-s);
    max-inline-size: 70ch;
    padding-block: var(--_space-s) var(--_space-xs);
  }

  .details p,
  .details ul {
    margin: 0;
  }

  /* Line breaks inside a feed's paragraph are kept (text is never read as HTML). */
  .details p,
  .details li {
    white-space: pre-line;
  }

  .details ul {
    padding-inline-start: 1.25em;
  }

  .unit {
    color: var(--_color-text-muted);
  }

  .lead {
    font-weight: var(--_font-weight-bold);
  }

  .subheading {
    margin: var(--_space-s) 0 0;
    font-size: 1em;
  }

  .actions {
    padding-block-start: var(--_space-s);
  }

  .more {
    justify-self: start;
  }

  @container job-list (min-width: 44em) {
    .item {
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: var(--_space-l);
    }

    .title,
    .meta,
    .details {
      grid-column: 1;
    }

    .closing {
      grid-column: 2;
      grid-row: 1 / span 2;
      flex-direction: column;
      align-items: flex-end;
      align-self: start;
      padding-block-start: var(--_space-xs);
      text-align: end;
    }

    .closing > span + time::before {
      display: none;
    }

    .item--placeholder .closing .skeleton--text {
      inline-size: 8em;
    }
  }

  @media (forced-colors: active) {
    .toggle {
      color: LinkText;
    }

    .badge {
      border-color: CanvasText;
    }

    .meta > span + span::before,
    .closing > span + time::before,
    .facts > span + span::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
