import { svg, type SVGTemplateResult } from 'lit';

/**
 * The built-in decorative icons, drawn on a 24 × 24 grid with strokes in `currentColor`.
 * A benefit's `icon` names one; an unknown name shows no icon.
 */
const people = svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20v-.5a6.5 6.5 0 0 1 13 0v.5"/><circle cx="17.5" cy="9" r="2.5"/><path d="M17.5 14a4.5 4.5 0 0 1 4.5 4.5v1.5"/>`;
const training = svg`<path d="M2 9.5 12 4.5l10 5-10 5z"/><path d="M6 11.5V16c0 1.7 2.7 3.5 6 3.5s6-1.8 6-3.5v-4.5"/><path d="M22 9.5V15"/>`;
const merit = svg`<circle cx="12" cy="9" r="6"/><path d="m12 6.2.9 1.9 2 .3-1.5 1.4.4 2-1.8-1-1.8 1 .4-2-1.5-1.4 2-.3z"/><path d="m8.5 14-1.5 8 5-2.8 5 2.8-1.5-8"/>`;
const clock = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>`;
const sun = svg`<circle cx="12" cy="12" r="4"/><path d="M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4"/>`;
const banknote = svg`<rect x="2" y="6" width="20" height="12" rx="2"/><circle cx="12" cy="12" r="2.5"/><path d="M6 12h.01M18 12h.01"/>`;
const coins = svg`<ellipse cx="12" cy="6" rx="7" ry="2.8"/><path d="M5 6v6c0 1.5 3.1 2.8 7 2.8s7-1.3 7-2.8V6"/><path d="M5 12v6c0 1.5 3.1 2.8 7 2.8s7-1.3 7-2.8v-6"/>`;
const heart = svg`<path d="M12 20.5S3 15.3 3 9.3A4.8 4.8 0 0 1 12 7a4.8 4.8 0 0 1 9 2.3c0 6-9 11.2-9 11.2z"/><path d="M7 12h2.5l1.5-2.5 2 5 1.5-2.5H17"/>`;
const chat = svg`<path d="M3 5.5A1.5 1.5 0 0 1 4.5 4h10A1.5 1.5 0 0 1 16 5.5v6.5a1.5 1.5 0 0 1-1.5 1.5H9L5.5 16.5v-3h-1A1.5 1.5 0 0 1 3 12z"/><path d="M19 8.5h.5A1.5 1.5 0 0 1 21 10v6a1.5 1.5 0 0 1-1.5 1.5h-1v3l-3.5-3h-4.5A1.5 1.5 0 0 1 9 16v-.5"/>`;
const shield = svg`<path d="M12 3 20 6v6c0 4.7-3.4 8-8 9-4.6-1-8-4.3-8-9V6z"/><path d="m8.5 12 2.5 2.5 4.5-5"/>`;
const home = svg`<path d="M3 11 12 4l9 7"/><path d="M5.5 9.5V20h13V9.5"/><path d="M10 20v-5.5h4V20"/>`;
const globe = svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"/>`;
const calendar = svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`;
const family = svg`<circle cx="8" cy="6" r="2.5"/><circle cx="16.5" cy="9.5" r="2"/><path d="M4 21v-7.5A3.5 3.5 0 0 1 7.5 10h1a3.5 3.5 0 0 1 3.5 3.5V21"/><path d="M13.5 21v-4.5a3 3 0 0 1 6 0V21"/>`;

/** Icon names, with the obvious synonyms. A `Map`, so no inherited key ever matches. */
const ICONS = new Map<string, SVGTemplateResult>([
  ['diversity', people],
  ['people', people],
  ['team', people],
  ['training', training],
  ['learning', training],
  ['education', training],
  ['growth', training],
  ['merit', merit],
  ['award', merit],
  ['flexible', clock],
  ['time', clock],
  ['leave', sun],
  ['holiday', sun],
  ['vacation', sun],
  ['salary', banknote],
  ['pay', banknote],
  ['money', banknote],
  ['pension', coins],
  ['savings', coins],
  ['retirement', coins],
  ['health', heart],
  ['medical', heart],
  ['wellbeing', heart],
  ['community', chat],
  ['social', chat],
  ['insurance', shield],
  ['security', shield],
  ['telework', home],
  ['home', home],
  ['international', globe],
  ['relocation', globe],
  ['travel', globe],
  ['calendar', calendar],
  ['family', family],
  ['childcare', family],
]);

/** The icon drawn for `name` (case-insensitive), if the set has one. */
export const benefitIcon = (name: string | undefined): SVGTemplateResult | undefined =>
  name === undefined ? undefined : ICONS.get(name.trim().toLowerCase());

/** Every name the set knows, for documentation and tests. */
export const BENEFIT_ICON_NAMES: readonly string[] = [...ICONS.keys()];
