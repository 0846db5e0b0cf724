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
    /* Colours follow the colour scheme the host gives the element (\`color-scheme: dark\` on
       it or an ancestor, or \`theme="dark"\`), never the operating system's alone: a page that
       does not declare dark support stays light. */
    --_color-primary: var(--nato-color-primary, light-dark(#004990, #8cc4ff));
    --_color-on-primary: var(--nato-color-on-primary, light-dark(#ffffff, #0b1a2b));
    --_color-text: var(--nato-color-text, light-dark(#1b1f24, #e8eaed));
    --_color-text-muted: var(--nato-color-text-muted, light-dark(#4d5763, #b4bcc6));
    --_color-background: var(--nato-color-background, light-dark(#ffffff, #16191d));
    --_color-surface: var(--nato-color-surface, light-dark(#ffffff, #1f2328));
    --_color-surface-raised: var(--nato-color-surface-raised, light-dark(#f2f5f8, #262b31));
    --_color-border: var(--nato-color-border, light-dark(#d3dae2, #3d444d));
    --_color-border-strong: var(--nato-color-border-strong, light-dark(#6b7683, #8b96a3));
    --_color-focus: var(--nato-color-focus, light-dark(#0b0c0c, #ffdd00));
    --_color-danger: var(--nato-color-danger, light-dark(#b3261e, #ffb4ab));
    --_color-warning: var(--nato-color-warning, light-dark(#8a4500, #ffb870));
    --_color-warning-surface: var(--nato-color-warning-surface, light-dark(#fff3e0, #3a2a14));
    --_color-skeleton: var(--nato-color-skeleton, light-dark(#e4e9ef, #2e343b));

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

    --_space-inset: var(--nato-space-inset, 1em);

    --_radius-s: var(--nato-radius-s, 0.25em);
    --_radius-m: var(--nato-radius-m, 0.5em);
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }
`;
