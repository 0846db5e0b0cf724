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
      line-height: var(--_line-height);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      overflow-wrap: anywhere;
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    :focus-visible {
      outline: 2px solid var(--_color-focus);
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
