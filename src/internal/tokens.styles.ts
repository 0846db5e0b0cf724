import { css } from 'lit';

/**
 * The design tokens. Pages theme every element at once with the public `--nato-*` custom
 * properties; each has its default here, in NATO's palette, as a fallback rather than a
 * declaration so that values set by the page (which inherit into the shadow root) win.
 * Components read only the private `--_*` copies.
 *
 * Sizes are in `em` from a host font size of `medium` (the reader's default size), so a page
 * that shrinks `html { font-size: 62.5% }` does not shrink the widget.
 */
export const tokens = css`
  :host {
    --_color-primary: var(--nato-color-primary, #004990);
    --_color-on-primary: var(--nato-color-on-primary, #ffffff);
    --_color-text: var(--nato-color-text, #1b1f24);
    --_color-text-muted: var(--nato-color-text-muted, #4d5763);
    --_color-surface: var(--nato-color-surface, #ffffff);
    --_color-surface-raised: var(--nato-color-surface-raised, #f2f5f8);
    --_color-border: var(--nato-color-border, #d3dae2);
    --_color-border-strong: var(--nato-color-border-strong, #6b7683);
    --_color-focus: var(--nato-color-focus, #004990);
    --_color-danger: var(--nato-color-danger, #b3261e);
    --_color-warning: var(--nato-color-warning, #8a4500);
    --_color-warning-surface: var(--nato-color-warning-surface, #fff3e0);
    --_color-skeleton: var(--nato-color-skeleton, #e4e9ef);

    --_font-family: var(
      --nato-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-size: var(--nato-font-size, medium);
    --_font-size-s: var(--nato-font-size-s, 0.875em);
    --_font-size-l: var(--nato-font-size-l, 1.125em);
    --_font-size-xl: var(--nato-font-size-xl, 1.5em);
    --_font-weight-bold: var(--nato-font-weight-bold, 650);
    --_line-height: var(--nato-line-height, 1.5);

    --_space-xs: var(--nato-space-xs, 0.25em);
    --_space-s: var(--nato-space-s, 0.5em);
    --_space-m: var(--nato-space-m, 1em);
    --_space-l: var(--nato-space-l, 1.5em);
    --_space-xl: var(--nato-space-xl, 2em);

    --_radius-s: var(--nato-radius-s, 0.25em);
    --_radius-m: var(--nato-radius-m, 0.5em);
  }
`;
