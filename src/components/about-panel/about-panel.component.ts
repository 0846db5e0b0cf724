import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { readOrganization } from '../../data/feed-reader.js';
import type { CareersFeed, LocalizedText, Organization, TextSection } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { heading } from '../../internal/heading.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { styles } from './about-panel.styles.js';
import { aboutPanelStrings } from './about-panel.strings.js';

/** The sections the panel can show, in their default order (the feed's field names). */
export const ABOUT_SECTIONS = [
  'purpose',
  'description',
  'pillars',
  'coreTasks',
  'values',
  'collectiveDefence',
  'workingAt',
  'diversity',
] as const;

export type AboutSection = (typeof ABOUT_SECTIONS)[number];

/** `core-tasks` is accepted for `coreTasks`, and names compare case-insensitively. */
const normalize = (name: string) => name.replace(/-([a-z])/gi, (_, letter: string) => letter.toUpperCase()).toLowerCase();
const BY_NORMALIZED = new Map(ABOUT_SECTIONS.map((name) => [name.toLowerCase(), name]));

/** The sections named in a `sections` attribute, and the names it has that are not sections. */
export function parseSections(value: string | undefined): { sections: AboutSection[]; unknown: string[] } {
  const names = (value ?? '')
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return { sections: [...ABOUT_SECTIONS], unknown: [] };
  const sections: AboutSection[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const section = BY_NORMALIZED.get(normalize(name));
    if (!section) unknown.push(name);
    else if (!sections.includes(section)) sections.push(section);
  }
  return { sections, unknown };
}

const hasText = (text: LocalizedText | undefined) =>
  text !== undefined && (typeof text === 'string' ? text.trim() !== '' : Object.values(text).some((value) => value.trim() !== ''));
const hasAny = (list: readonly unknown[] | undefined) => Array.isArray(list) && list.length > 0;

/** Whether the profile has something to show in `section`. */
function hasSection(organization: Organization, section: AboutSection): boolean {
  const value = organization[section];
  return section === 'purpose' ? hasText(value as LocalizedText | undefined) : hasAny(value as unknown[] | undefined);
}

/**
 * The organisation's profile: its purpose, the political and military pillars, core tasks,
 * values, collective defence (Article 5), working there, and the diversity statement.
 *
 * @summary The organisation profile, section by section, from the careers feed.
 * @tag nato-about-panel
 *
 * @slot heading - Replaces the heading (the organisation's name).
 *
 * @csspart base - The whole panel.
 * @csspart header - The heading block.
 * @csspart heading - The default heading: the organisation's name.
 * @csspart sections - The container of the sections.
 * @csspart section - Each section; it also has its own name as a part (`purpose`, `description`, `pillars`, `core-tasks`, `values`, `collective-defence`, `working-at`, `diversity`).
 * @csspart section-heading - Each section's heading.
 * @csspart paragraph - Each paragraph of text.
 * @csspart pillar - One pillar (a titled block inside `pillars`).
 * @csspart pillar-heading - A pillar's title.
 * @csspart statement - One diversity statement (a titled block inside `diversity`).
 * @csspart statement-heading - A diversity statement's title.
 * @csspart list - The list of core tasks, or of values.
 * @csspart list-item - One core task or value.
 * @csspart empty - The message when the profile has none of the chosen sections.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @fires nato-load - The profile is on screen; `event.data` is the organisation object.
 * @fires nato-error - The feed could not be loaded; `event.error.kind` says why.
 */
export class NatoAboutPanel extends NatoFeedElement<Organization | undefined, CareersFeed | Organization> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    sections: {},
  };

  protected static override strings = aboutPanelStrings;

  /**
   * Which sections to show, in this order, comma separated: `purpose`, `description`, `pillars`,
   * `coreTasks`, `values`, `collectiveDefence`, `workingAt`, `diversity`. All of them by default.
   */
  sections?: string;

  /** The sections to show, derived from `sections` before each render. */
  private chosen: AboutSection[] = [...ABOUT_SECTIONS];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      const { sections, unknown } = parseSections(this.sections);
      this.chosen = sections;
      this.clearMisconfiguration('sections');
      if (unknown.length > 0) {
        this.reportMisconfiguration(
          'sections',
          `sections="${this.sections}": ${unknown.map((name) => `"${name}"`).join(', ')} ${unknown.length === 1 ? 'is not a section' : 'are not sections'}; the sections are ${ABOUT_SECTIONS.join(', ')}. Example: sections="purpose,pillars,values".`,
        );
      }
    }
  }

  protected override select(feed: unknown, source: string): Organization | undefined {
    return readOrganization(feed, source);
  }

  protected override isEmpty(organization: Organization | undefined): boolean {
    return !organization || !this.chosen.some((section) => hasSection(organization, section));
  }

  protected override headingText(): string {
    const organization = this.value;
    const name = this.text(organization?.name).text;
    if (!name) return this.pickStrings(aboutPanelStrings).heading;
    const short = this.text(organization?.shortName).text;
    return short && short !== name ? `${name} (${short})` : name;
  }


  protected override shownData(organization: Organization | undefined): unknown {
    return organization;
  }


  /** Feed text in the reader's language, and the `lang` of what was picked when it differs. */
  private text(text: LocalizedText | undefined): { text: string; lang?: string } {
    return pickText(text, this.contentLang, this.plainLang);
  }

  private paragraphs(list: readonly LocalizedText[] | undefined): TemplateResult[] {
    return (list ?? []).map((paragraph) => {
      const picked = this.text(paragraph);
      return html`<p class="paragraph" part="paragraph" lang=${picked.lang ?? nothing}>${picked.text}</p>`;
    });
  }

  /** Titled blocks: the pillars, the diversity statements. */
  private blocks(list: readonly TextSection[], kind: 'pillar' | 'statement'): TemplateResult[] {
    const tag = heading(this.level + 2);
    return list.map((block) => {
      const title = this.text(block.title);
      return html`<div class="block ${kind}" part=${kind}>
        ${title.text
          ? staticHtml`<${tag} class="block-heading" part=${`${kind}-heading`} lang=${title.lang ?? nothing}>${title.text}</${tag}>`
          : nothing}
        ${this.paragraphs(block.text)}
      </div>`;
    });
  }

  private list(list: readonly LocalizedText[], kind: 'core-tasks' | 'values'): TemplateResult {
    return html`<ul class="list list--${kind}" part="list" role="list">
      ${list.map((item) => {
        const picked = this.text(item);
        return html`<li class="list-item" part="list-item" lang=${picked.lang ?? nothing}>${picked.text}</li>`;
      })}
    </ul>`;
  }

  private renderSection(organization: Organization, section: AboutSection): unknown {
    if (!hasSection(organization, section)) return nothing;
    let body: unknown;
    switch (section) {
      case 'purpose': {
        const picked = this.text(organization.purpose);
        body = html`<p class="paragraph lead" part="paragraph" lang=${picked.lang ?? nothing}>${picked.text}</p>`;
        break;
      }
      case 'pillars':
        body = html`<div class="blocks blocks--pillars">${this.blocks(organization.pillars!, 'pillar')}</div>`;
        break;
      case 'diversity':
        body = html`<div class="blocks">${this.blocks(organization.diversity!, 'statement')}</div>`;
        break;
      case 'coreTasks':
        body = this.list(organization.coreTasks!, 'core-tasks');
        break;
      case 'values':
        body = this.list(organization.values!, 'values');
        break;
      default:
        body = this.paragraphs(organization[section]);
    }
    const name = section.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const tag = heading(this.level + 1);
    return html`<section class="section section--${name}" part=${`section ${name}`}>
      ${staticHtml`<${tag} class="section-heading" part="section-heading">${this.pickStrings(aboutPanelStrings).sections[section]}</${tag}>`}
      ${body}
    </section>`;
  }

  protected override renderContent(organization: Organization | undefined): unknown {
    if (!organization) return nothing;
    return html`<div class="sections" part="sections">${this.chosen.map((section) => this.renderSection(organization, section))}</div>`;
  }

  protected override renderLoading(): unknown {
    const line = html`<span class="skeleton skeleton--line"></span>`;
    const short = html`<span class="skeleton skeleton--line skeleton--short"></span>`;
    const title = html`<span class="skeleton skeleton--title"></span>`;
    return html`<div class="sections placeholder" aria-hidden="true">
      <div class="section">${title}${line}${short}</div>
      <div class="section">
        ${title}
        <div class="blocks blocks--pillars">
          <div class="block">${title}${line}${line}${short}</div>
          <div class="block">${title}${line}${line}${short}</div>
        </div>
      </div>
      <div class="section">${title}${line}${short}</div>
    </div>`;
  }
}
