import { css } from 'lit';

export const styles = css`
  .base {
    container-name: job-detail;
  }

  .job {
    display: grid;
    gap: var(--_space-l);
    min-inline-size: 0;
  }

  .job-header {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .title {
    margin: 0;
    font-size: var(--_font-size-xl);
    line-height: 1.2;
    color: var(--_color-text);
  }

  .organization {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-l);
  }

  .tag {
    margin: 0;
    padding: 0.1em var(--_space-s);
    border: 1px solid var(--_color-warning);
    border-radius: var(--_radius-s);
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .notice,
  .no-apply {
    margin: 0;
    padding: var(--_space-m);
    border-inline-start: 0.3em solid var(--_color-border-strong);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-raised);
  }

  .notice--closed {
    border-inline-start-color: var(--_color-warning);
    background: var(--_color-warning-surface);
    font-weight: var(--_font-weight-bold);
  }

  .apply-row {
    margin: 0;
  }

  .apply {
    min-inline-size: 10em;
  }

  .facts {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8.5em), 1fr));
    margin: 0;
    padding-block: var(--_space-m);
    border-block: 1px solid var(--_color-border);
  }

  .fact {
    display: grid;
    gap: 0.1em;
    align-content: start;
    min-inline-size: 0;
  }

  dt {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }

  dd {
    margin: 0;
    font-weight: var(--_font-weight-bold);
  }

  .place {
    display: block;
  }

  .summary {
    margin: 0;
    font-size: var(--_font-size-l);
    max-inline-size: 40em;
  }

  .section {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
  }

  .section-heading {
    margin: 0;
    color: var(--_color-primary);
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }

  .section p {
    margin: 0;
    max-inline-size: 42em;
  }

  .requirements {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding-inline-start: 1.25em;
    max-inline-size: 42em;
  }

  .not-found {
    display: grid;
    gap: var(--_space-s);
    justify-items: center;
  }

  .not-found p {
    margin: 0;
  }

  .not-found-title {
    margin: 0;
    font-size: var(--_font-size-l);
  }

  .skeleton--title {
    block-size: 1.8em;
    inline-size: 70%;
  }

  .skeleton--label {
    block-size: 0.9em;
    inline-size: 40%;
    margin-block-end: 0.2em;
  }

  .skeleton--button {
    block-size: 2.75em;
    inline-size: 10em;
  }

  .placeholder .job-header {
    justify-items: stretch;
  }

  @container job-detail (min-width: 48em) {
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .tag,
    .notice,
    .no-apply {
      border: 1px solid CanvasText;
    }
  }
`;
