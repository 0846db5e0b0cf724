import { css } from 'lit';

export const styles = css`
  .base {
    container-name: about-panel;
  }

  .sections {
    display: grid;
    gap: var(--_space-l);
  }

  .section {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
    min-inline-size: 0;
  }

  .section + .section {
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_color-border);
  }

  .section-heading {
    margin: 0;
    color: var(--_color-primary);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
  }

  .paragraph {
    margin: 0;
    max-inline-size: 42em;
  }

  .lead {
    font-size: var(--_font-size-l);
  }

  .blocks {
    display: grid;
    gap: var(--_space-m);
  }

  .block {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
    min-inline-size: 0;
    padding: var(--_space-m);
    border-radius: var(--_radius-m);
    border-inline-start: 0.25em solid var(--_color-primary);
    background: var(--_color-surface-raised);
  }

  .block-heading {
    margin: 0;
    font-size: 1em;
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
  }

  .list {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list-item {
    min-inline-size: 0;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-s);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    font-weight: var(--_font-weight-bold);
  }

  .list--values {
    display: flex;
    flex-wrap: wrap;
  }

  .list--values .list-item {
    border-radius: 999em;
    padding-inline: var(--_space-m);
  }

  .skeleton--title {
    block-size: 1.4em;
    inline-size: 40%;
  }

  .placeholder .block {
    border-inline-start-color: var(--_color-skeleton);
  }

  /* A long organisation name takes four lines at phone widths in the default size. */
  @container about-panel (max-width: 24em) {
    .heading {
      font-size: 1.25em;
    }
  }

  @container about-panel (min-width: 36em) {
    .blocks--pillars {
      grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    }

    .list--core-tasks {
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
  }

  @media (forced-colors: active) {
    .block,
    .list-item {
      border: 1px solid CanvasText;
    }
  }
`;
