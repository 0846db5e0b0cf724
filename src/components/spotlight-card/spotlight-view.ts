import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Spotlight } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { heading } from '../../internal/heading.js';
import type { Formatter } from '../../internal/localize.js';
import { safeImageUrl } from '../../internal/safe-url.js';
import { alpha2 } from './countries.js';
import type { SpotlightStrings } from './spotlight-card.strings.js';

/**
 * The rendering of one spotlight, shared by `<nato-spotlight-card>` and each card of
 * `<nato-spotlight-gallery>`. Pure: everything it needs comes in `SpotlightView`.
 */
export interface SpotlightView {
  /** The resolved language for feed text, and the language of the feed's plain strings. */
  lang: string;
  plainLang: string;
  strings: SpotlightStrings;
  format: Formatter;
  /** The level of the name's heading. */
  level: number;
  /** Unique within the shadow root: the story's id is derived from it (`aria-controls`). */
  id: string;
  /** Whether the whole story is shown. */
  expanded: boolean;
  onToggle: (spotlight: Spotlight) => void;
}

/** The story gets a "Read more" disclosure when it has more than one paragraph and this many characters in all. */
export const LONG_STORY = 600;

/** Number of avatar colours (`.avatar--0` … `.avatar--5` in the styles). */
const AVATAR_COLOURS = 6;

/**
 * Up to two letters from the first and last words of a name ("Eralda Vahidi" → "EV"). Scripts
 * without capital letters (Arabic, Hebrew, Chinese …) have no such convention: one letter.
 */
export function initials(name: string): string {
  const words = name.trim().split(/[\s\u00a0-]+/u).filter((word) => /\p{L}/u.test(word));
  const first = (word: string | undefined) => (word ? ([...word.replace(/^[^\p{L}]+/u, '')][0] ?? '') : '');
  const cased = /[\p{Lu}\p{Ll}]/u.test(first(words[0]));
  const letters = words.length > 1 && cased ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  return letters.toLocaleUpperCase();
}

/** A stable colour index for a name, so the same person always gets the same avatar colour. */
export function avatarColour(name: string): number {
  // FNV-1a: spreads short names evenly over a palette whose size is not a power of two.
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  return (hash >>> 0) % AVATAR_COLOURS;
}

/** The country's name in the reader's language, or the code itself when it is not known. */
export function nationalityName(code: string, format: Formatter): string {
  const region = alpha2(code);
  return region ? format.region(region) : code.trim().toUpperCase();
}

/** The story's paragraphs, picked, with empty ones left out. */
function storyOf(spotlight: Spotlight, view: SpotlightView) {
  return (spotlight.story ?? []).map((paragraph) => pickText(paragraph, view.lang, view.plainLang)).filter((paragraph) => paragraph.text.trim() !== '');
}

/** Whether the story is long enough to show only its first paragraph until the reader asks. */
export function hasLongStory(spotlight: Spotlight, lang: string, plainLang: string): boolean {
  const paragraphs = (spotlight.story ?? []).map((paragraph) => pickText(paragraph, lang, plainLang).text).filter((text) => text.trim() !== '');
  return paragraphs.length > 1 && paragraphs.reduce((sum, text) => sum + text.length, 0) >= LONG_STORY;
}

const paragraph = (picked: { text: string; lang?: string }) => html`<p lang=${picked.lang ?? nothing}>${picked.text}</p>`;

/** One spotlight as a card: name, role, organisation and unit, nationality, photo or initials, quote, story. */
export function renderSpotlight(spotlight: Spotlight, view: SpotlightView): TemplateResult {
  const { strings, lang, plainLang } = view;
  const tag = heading(view.level);
  const role = pickText(spotlight.role, lang, plainLang);
  const organization = pickText(spotlight.organization, lang, plainLang);
  const unit = pickText(spotlight.unit, lang, plainLang);
  const quote = pickText(spotlight.quote, lang, plainLang);
  const photoUrl = safeImageUrl(spotlight.photo?.url);
  const photoAlt = pickText(spotlight.photo?.alt, lang, plainLang);
  const story = storyOf(spotlight, view);
  const long = hasLongStory(spotlight, lang, plainLang);
  const storyId = `${view.id}-story`;

  return html`<article class="card" part="card">
    <div class="intro">
      ${staticHtml`<${tag} class="name" part="name"><bdi>${spotlight.name}</bdi></${tag}>`}
      ${role.text ? html`<p class="role" part="role" lang=${role.lang ?? nothing}>${role.text}</p>` : nothing}
      ${organization.text || unit.text
        ? html`<p class="organization" part="organization">
            ${organization.text ? html`<span lang=${organization.lang ?? nothing}>${organization.text}</span>` : nothing}
            ${unit.text ? html`<span class="unit" part="unit" lang=${unit.lang ?? nothing}>${unit.text}</span>` : nothing}
          </p>`
        : nothing}
      ${spotlight.nationality
        ? html`<p class="nationality" part="nationality">
            <span class="visually-hidden">${strings.nationality}</span>${nationalityName(spotlight.nationality, view.format)}
          </p>`
        : nothing}
    </div>
    ${photoUrl
      ? html`<img class="photo" part="photo" src=${photoUrl} alt=${photoAlt.text} lang=${photoAlt.lang ?? nothing} loading="lazy" width="160" height="160" />`
      : html`<span class="avatar avatar--${avatarColour(spotlight.name)}" part="avatar" aria-hidden="true" dir="auto"
          >${initials(spotlight.name)}</span
        >`}
    ${quote.text
      ? html`<figure class="quote" part="quote">
          <blockquote><p>${strings.quoteOpen}<span lang=${quote.lang ?? nothing}>${quote.text}</span>${strings.quoteClose}</p></blockquote>
          <figcaption>${strings.attribution}<bdi>${spotlight.name}</bdi></figcaption>
        </figure>`
      : nothing}
    ${story.length > 0
      ? html`<div class="story ${long && !view.expanded ? 'story--folded' : ''}" part="story">
          ${long
            ? html`${paragraph(story[0])}
                <div class="story-rest" id=${storyId} ?hidden=${!view.expanded}>${story.slice(1).map(paragraph)}</div>
                <button
                  class="button toggle"
                  part="toggle"
                  type="button"
                  aria-expanded=${view.expanded ? 'true' : 'false'}
                  aria-controls=${storyId}
                  @click=${() => view.onToggle(spotlight)}
                >
                  ${view.expanded ? strings.showLess : strings.readMore}<span class="visually-hidden">${strings.about(spotlight.name)}</span>
                </button>`
            : story.map(paragraph)}
        </div>`
      : nothing}
  </article>`;
}

/** The loading placeholder with the card's layout: picture, name, role, quote and story lines. */
export function renderSpotlightSkeleton(): TemplateResult {
  return html`<div class="card card--placeholder" aria-hidden="true">
    <div class="intro">
      <span class="skeleton skeleton--line skeleton--name"></span>
      <span class="skeleton skeleton--line"></span>
      <span class="skeleton skeleton--line skeleton--short"></span>
    </div>
    <span class="skeleton avatar"></span>
    <div class="story">
      <span class="skeleton skeleton--line"></span>
      <span class="skeleton skeleton--line"></span>
      <span class="skeleton skeleton--line skeleton--short"></span>
    </div>
  </div>`;
}
