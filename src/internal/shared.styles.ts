import { css } from 'lit';
import { tokens } from './tokens.styles.js';

/**
 * What every element's shadow root starts with: tokens, a root that ignores inherited
 * oddities of the page, focus rings, buttons, the loading skeleton and the error state.
 */
export const sharedStyles = [
  tokens,
  css`
    /* Inherited properties are set again on each element's root wrapper (\`.base\`): a page
       rule such as \`nato-job-list { text-transform: uppercase !important }\` beats \`:host\`,
       and would otherwise be inherited by everything inside. Theme through the tokens. */
    :host {
      display: block;
      box-sizing: border-box;
      font-size: var(--_font-size);
    }

    :host,
    .base {
      color: var(--_color-text);
      font-family: var(--_font-family);
      font-style: normal;
      font-weight: normal;
      font-variant: normal;
      font-stretch: normal;
      font-kerning: auto;
      font-feature-settings: normal;
      font-variation-settings: normal;
      font-size-adjust: none;
      line-height: var(--_line-height);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-align-last: auto;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      text-decoration: none;
      text-underline-offset: auto;
      text-wrap: wrap;
      white-space: normal;
      word-break: normal;
      overflow-wrap: anywhere;
      hyphens: manual;
      tab-size: 8;
      writing-mode: horizontal-tb;
      /* English and French read left to right whatever the page says (\`dir\` is set on \`.base\`
         from the element's language). */
      direction: ltr;
      font-synthesis: weight style;
      quotes: auto;
      visibility: visible;
      cursor: auto;
      list-style: disc outside none;
    }

    /* The element paints its own surface, so its contrast never depends on the page behind it.
       A page that wants it transparent sets --nato-color-background: transparent together with
       text colours that suit its own background. */
    .base[dir='rtl'] {
      direction: rtl;
    }

    /* Border-box from here down, whatever the page sets on the host (\`* { box-sizing: content-box !important }\`). */
    .base {
      box-sizing: border-box;
      display: grid;
      gap: var(--_space-m);
      padding: var(--_space-inset);
      border-radius: var(--_radius-m);
      background: var(--_color-background);
      unicode-bidi: isolate;
      container-type: inline-size;
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_space-xs) var(--_space-m);
    }

    .heading,
    ::slotted([slot='heading']) {
      margin: 0;
      font-size: var(--_font-size-xl);
      line-height: 1.2;
    }

    .state {
      display: grid;
      gap: var(--_space-m);
    }

    .message {
      margin: 0;
      padding: var(--_space-l);
      border-radius: var(--_radius-m);
      background: var(--_color-surface-raised);
      text-align: center;
    }

    .placeholder {
      display: grid;
      gap: var(--_space-s);
    }

    .skeleton--line {
      block-size: 1.2em;
    }

    .skeleton--short {
      inline-size: 60%;
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    /* A dark ring with a gap, distinct from the blue of filled buttons and links. */
    :focus-visible {
      outline: 3px solid var(--_color-focus);
      outline-offset: 2px;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }

    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space-xs);
      min-block-size: 2.75em;
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_color-primary);
      border-radius: var(--_radius-s);
      background: var(--_color-surface);
      color: var(--_color-primary);
      font: inherit;
      font-weight: var(--_font-weight-bold);
      text-decoration: none;
      cursor: pointer;
    }

    .button:hover {
      background: var(--_color-surface-raised);
    }

    .button--primary {
      background: var(--_color-primary);
      color: var(--_color-on-primary);
    }

    .button--primary:hover {
      background: var(--_color-primary);
      text-decoration: underline;
    }

    .skeleton {
      display: block;
      border-radius: var(--_radius-s);
      background: var(--_color-skeleton);
      animation: nato-pulse 1.6s ease-in-out infinite;
    }

    @keyframes nato-pulse {
      50% {
        opacity: 0.55;
      }
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-m);
      padding: var(--_space-m);
      border: 1px solid var(--_color-danger);
      border-inline-start-width: 0.3em;
      border-radius: var(--_radius-s);
      background: var(--_color-surface);
    }

    .error p {
      flex: 1 1 16em;
      margin: 0;
    }

    .error-title {
      flex: 1 0 100%;
      margin: 0;
      font-size: var(--_font-size-l);
      line-height: 1.3;
    }

    .state:focus {
      outline: none;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
        scroll-behavior: auto !important;
      }
    }

    @media (forced-colors: active) {
      .button,
      .skeleton {
        border: 1px solid CanvasText;
      }

      .button--primary {
        forced-color-adjust: none;
        background: ButtonText;
        color: ButtonFace;
      }

      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
