import { css } from 'lit';

/*
 * The job list's layout follows its own width (container queries on `.base`, whose content box
 * is the element's width less its inset):
 * - narrow (< 60em): the search box and a "Filters (n)" button in one row; the filters open
 *   below it. Each job: title, one wrapped line of facts, the closing date.
 * - wide (≥ 60em): search and filters in one row, no button.
 * - from 56em: the closing date moves beside the title, so a job takes two lines.
 * The loading skeleton draws its bars inside the same boxes, so it takes the same space.
 */
export const styles = css`
  .base {
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

  /* Search and filters */

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-s) var(--_space-s);
  }

  .field {
    display: grid;
    align-content: start;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .field--search {
    flex: 1 1 12em;
  }

  label,
  .label {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
  }

  input,
  select,
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-border-strong);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  input::placeholder {
    color: var(--_color-text-muted);
    opacity: 1;
  }

  /* Beside the Filters button on a phone, the hint fits only in the small size. */
  @container job-list (max-width: 30em) {
    input::placeholder {
      font-size: var(--_font-size-s);
    }
  }

  .filters-toggle {
    flex: none;
  }

  .filters-toggle.skeleton {
    inline-size: 6.5em;
    border-color: transparent;
  }

  .filter-panel {
    display: none;
    flex: 1 1 100%;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-m);
    border-radius: var(--_radius-m);
    background: var(--_color-surface-raised);
  }

  .filter-panel--open {
    display: grid;
  }

  @container job-list (min-width: 60em) {
    .filters {
      display: grid;
      grid-template-columns: minmax(0, 2fr);
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: var(--_space-s);
    }

    .filters-toggle {
      display: none;
    }

    .filter-panel,
    .filter-panel--open {
      display: contents;
    }
  }

  /* Results line: what matches, Clear filters, the sort order */

  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    min-block-size: 2.25em;
  }

  .results {
    flex: 1 1 auto;
    margin: 0;
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-bold);
  }

  .sort {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin-inline-start: auto;
  }

  .sort label,
  .sort .label {
    white-space: nowrap;
  }

  .input--small,
  .sort select {
    inline-size: auto;
    min-block-size: 2.25em;
    padding-block: 0;
    font-size: var(--_font-size-s);
  }

  /* The select is as wide as its longest choice ("Date de clôture": a fixed width cut the
     French off); its loading placeholder has a typical width. */
  .sort .skeleton.input--small {
    inline-size: 9em;
  }

  .button--small {
    min-block-size: 2.25em;
    padding-block: var(--_space-xs);
    font-size: var(--_font-size-s);
  }

  /* Jobs */

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_color-border);
  }

  /* Column 1 holds the chevrons, so they line up down the list and the text beside them too. */
  .item {
    --_gutter: 1.5em;
    display: grid;
    grid-template-columns: var(--_gutter) minmax(0, 1fr);
    row-gap: 0.125em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_color-border);
  }

  .title {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    margin: 0;
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }

  .toggle {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: start;
    margin: 0;
    padding: var(--_space-xs) 0;
    border: 0;
    border-radius: var(--_radius-s);
    background: none;
    color: var(--_color-primary);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    text-align: start;
    cursor: pointer;
  }

  .toggle > span:last-child {
    grid-column: 2;
  }

  .toggle:hover > span:last-child {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  /* Points right when closed, down when open. */
  .chevron {
    grid-column: 1;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: 0.4em;
    margin-inline-start: 0.3em;
    border-inline-end: 0.14em solid currentColor;
    border-block-end: 0.14em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }

  [aria-expanded='true'] .chevron {
    transform: translateY(-0.1em) rotate(45deg);
  }

  .meta,
  .closing,
  .details {
    grid-column: 2;
  }

  .meta,
  .closing {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }

  .sep {
    font-weight: var(--_font-weight-bold);
  }

  /* A date wraps as a whole ("28 November 2026"), never leaving its year alone on a line. */
  .closing time {
    white-space: nowrap;
  }

  /* "Example vacancy": plain to read, quieter than the facts' text colour would make it. */
  .tag {
    display: inline-block;
    margin-inline-end: var(--_space-xs);
    padding: 0 0.35em;
    border: 1px solid var(--_color-border-strong);
    border-radius: var(--_radius-s);
    color: var(--_color-text);
    font-size: 0.9em;
    line-height: 1.35;
  }

  /* Within a week: a marked phrase; today and tomorrow: a filled one. */
  .badge {
    padding: 0.05em 0.4em;
    border-radius: var(--_radius-s);
    font-weight: var(--_font-weight-bold);
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }

  .badge--soon {
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    box-shadow: inset 0 0 0 1px currentColor;
  }

  .badge--urgent {
    background: var(--_color-warning);
    color: var(--_color-background);
  }

  /* An open job sits on a raised surface with a primary edge. */
  .item--open {
    padding-inline-end: var(--_space-s);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-raised);
    box-shadow: inset 0.25em 0 0 var(--_color-primary);
  }

  .details {
    display: grid;
    gap: var(--_space-m);
    max-inline-size: 70ch;
    padding-block: var(--_space-m) var(--_space-s);
  }

  .details p,
  .details ul,
  .details dl {
    margin: 0;
  }

  /* Line breaks inside a feed's paragraph are kept (text is never read as HTML). */
  .details p,
  .details li,
  .details dd {
    white-space: pre-line;
  }

  .details ul {
    padding-inline-start: 1.25em;
  }

  .facts {
    display: grid;
    gap: var(--_space-xs);
    font-size: var(--_font-size-s);
  }

  .fact-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  @container job-list (min-width: 30em) {
    .fact-row {
      grid-template-columns: minmax(0, 10em) minmax(0, 1fr);
      gap: var(--_space-m);
    }
  }

  .facts dt {
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-bold);
  }

  .facts dd {
    margin: 0;
  }

  .lead {
    font-weight: var(--_font-weight-bold);
  }

  .subheading {
    margin: var(--_space-s) 0 0;
    font-size: 1em;
  }

  .actions {
    display: flex;
  }

  .apply {
    min-inline-size: 8em;
  }

  /* The hidden title keeps its own language in a span: let it wrap inside the 1 px box rather
     than run out of the widget. */
  .apply .visually-hidden {
    white-space: normal;
  }

  .note {
    padding-inline-start: var(--_space-s);
    border-inline-start: 0.25em solid var(--_color-border-strong);
  }

  .more,
  .see-all {
    justify-self: start;
  }

  /* Messages: nothing open, nothing matching */

  .message {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
  }

  .message p {
    margin: 0;
  }

  .message-title {
    font-weight: var(--_font-weight-bold);
  }

  .link {
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Loading placeholders, drawn in the row's own boxes and sized in its line heights (lh),
     less a little so that they read as text. */
  /* Lines a typical job takes at each width (fractions: an average over titles and facts of
     different lengths). */
  .item--placeholder {
    --_title-lines: 1;
    --_meta-lines: 2;
    --_closing-lines: 1;
  }

  @container job-list (max-width: 18em) {
    .item--placeholder {
      --_title-lines: 1.4;
      --_meta-lines: 3;
      --_closing-lines: 2;
    }
  }

  @container job-list (max-width: 16.5em) {
    .item--placeholder {
      --_title-lines: 1.5;
      --_meta-lines: 3.4;
    }
  }

  @container job-list (min-width: 18em) and (max-width: 26em) {
    .item--placeholder {
      --_meta-lines: 2.6;
    }
  }

  @container job-list (min-width: 30em) {
    .item--placeholder {
      --_meta-lines: 1.8;
    }
  }

  /* One bar per line: a bar, then the gap between lines, repeated. */
  .skeleton--text {
    display: block;
    inline-size: min(30em, 95%);
    block-size: calc(var(--_lines, 1) * 1lh - 0.4em);
    margin-block: 0.2em;
    background: repeating-linear-gradient(var(--_color-skeleton) 0 calc(1lh - 0.4em), transparent 0 1lh);
  }

  .item--placeholder .title .skeleton--text {
    --_lines: var(--_title-lines);
    grid-column: 2;
    inline-size: min(18em, 80%);
    /* The title is a button with padding. */
    margin-block: calc(var(--_space-xs) + 0.2em);
  }

  .item--placeholder .meta .skeleton--text {
    --_lines: var(--_meta-lines);
  }

  .item--placeholder .closing .skeleton--text {
    --_lines: var(--_closing-lines);
    inline-size: min(16em, 70%);
  }

  @container job-list (min-width: 36em) {
    .item--placeholder {
      --_meta-lines: 1;
    }
  }

  /* The closing date beside the title narrows the facts line. */
  @container job-list (min-width: 56em) and (max-width: 64em) {
    .item--placeholder {
      --_meta-lines: 1.2;
    }
  }

  @container job-list (min-width: 36em) {
    .item {
      --_gutter: 1.75em;
      padding-inline-end: var(--_space-s);
    }
  }

  /* Wide: the closing date beside the title; a job takes two lines. */
  @container job-list (min-width: 56em) {
    .item {
      grid-template-columns: var(--_gutter) minmax(0, 1fr) auto;
    }

    .title {
      grid-column: 1 / 3;
      grid-row: 1;
    }

    .meta {
      grid-row: 2;
    }

    .closing {
      grid-column: 3;
      grid-row: 1;
      align-self: start;
      margin-inline-start: var(--_space-l);
      /* Level with the title's first line. */
      padding-block-start: 0.45em;
      white-space: nowrap;
      text-align: end;
    }

    .details {
      grid-column: 2 / -1;
    }

    .item--placeholder .closing .skeleton--text {
      inline-size: 14em;
    }
  }

  @media (forced-colors: active) {
    .toggle,
    .link {
      color: LinkText;
    }

    .badge,
    .tag {
      border: 1px solid CanvasText;
    }

    .item--open {
      outline: 1px solid CanvasText;
    }
  }
`;
