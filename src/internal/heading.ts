import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag for `level`, clamped to 1–6, for `lit/static-html` templates. Elements let
 * the host page choose their heading level so they fit its outline.
 */
export const heading = (level: number): StaticValue => HEADINGS[Math.min(Math.max(level, 1), 6) - 1];
