import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { readBenefits } from '../../data/read-benefits.js';
import type { Benefit, CareersFeed } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { oneOf, positiveInteger } from '../../internal/attribute-checks.js';
import { heading } from '../../internal/heading.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { benefitIcon } from './benefit-icons.js';
import { styles } from './benefits-panel.styles.js';
import { benefitsPanelStrings } from './benefits-panel.strings.js';

export type BenefitsLayout = 'list' | 'grid';
const LAYOUTS = ['list', 'grid'] as const;
const GROUPINGS = ['category'] as const;

/** Placeholder items while loading, when no `limit` says how many. */
const LOADING_ITEMS = 4;

interface BenefitGroup {
  /** The category's text, or undefined for the benefits without one ("Other"). */
  category?: { text: string; lang?: string };
  benefits: Benefit[];
}

/**
 * "What can you expect?": the benefits of working at NATO, as a list or a grid of cards, with
 * optional icons and grouping by category.
 *
 * @summary The benefits of working at NATO, as a list or cards, optionally grouped by category.
 * @tag nato-benefits-panel
 *
 * @slot heading - Replaces the heading "What can you expect?".
 *
 * @csspart base - The whole widget.
 * @csspart header - The heading block.
 * @csspart heading - The default heading.
 * @csspart list - Each list of benefits (one per category when grouped).
 * @csspart item - One benefit (a card in the grid layout).
 * @csspart icon - A benefit's decorative icon (an inline SVG in `currentColor`).
 * @csspart title - A benefit's title (a heading one level below the element's, or two when grouped).
 * @csspart description - A benefit's description.
 * @csspart category - A category's subheading, when grouped.
 * @csspart empty - The message when there are no benefits.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @cssprop [--nato-benefits-icon-size=2em] - Size of the icons.
 * @cssprop [--nato-benefits-card-min-width=15em] - Narrowest a card gets before the grid has fewer columns.
 *
 * @fires nato-load - The benefits are on screen; `event.data` is the array of benefits shown.
 * @fires nato-error - The feed could not be loaded; `event.error.kind` says why.
 */
export class NatoBenefitsPanel extends NatoFeedElement<Benefit[], CareersFeed | readonly unknown[]> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    groupBy: { attribute: 'group-by' },
    hideIcons: { type: Boolean, attribute: 'hide-icons' },
    limit: { type: Number },
  };

  protected static override strings = benefitsPanelStrings;

  /** `list` (default): rows with the icon beside the text; `grid`: cards, as many columns as fit. */
  layout: BenefitsLayout = 'list';

  /** `category`: one subheading per category, in feed order; benefits without one come last under "Other". */
  groupBy?: string;

  /** Hides the icons. */
  hideIcons = false;

  /** Shows at most this many benefits (the first ones in the feed). */
  limit?: number;

  private layoutValue: BenefitsLayout = 'list';
  private grouped = false;
  private maxItems?: number;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout')) {
      this.layoutValue = this.checkAttribute('layout', this.layout, oneOf(LAYOUTS), 'list', 'layout="grid"') as BenefitsLayout;
    }
    if (changed.has('groupBy')) {
      this.grouped =
        this.groupBy !== undefined && this.groupBy !== null &&
        this.checkAttribute('group-by', this.groupBy, oneOf(GROUPINGS), undefined, 'group-by="category"') === 'category';
      if (this.groupBy === undefined || this.groupBy === null) this.clearMisconfiguration('group-by');
    }
    if (changed.has('limit')) {
      if (this.limit === undefined || this.limit === null) {
        this.maxItems = undefined;
        this.clearMisconfiguration('limit');
      } else {
        this.maxItems = this.checkAttribute('limit', this.limit, positiveInteger, undefined, 'limit="3"');
      }
    }
  }

  protected override select(feed: unknown, source: string): Benefit[] {
    return readBenefits(feed, source);
  }

  protected override isEmpty(benefits: Benefit[]): boolean {
    return benefits.length === 0;
  }




  /** The benefits shown: the first `limit` of them. */
  protected override shownData(benefits: Benefit[]): Benefit[] {
    return this.maxItems === undefined ? benefits : benefits.slice(0, this.maxItems);
  }

  /** Groups in the order their category first appears; those without a category last. */
  private groups(benefits: Benefit[]): BenefitGroup[] {
    const groups = new Map<string, BenefitGroup>();
    const other: Benefit[] = [];
    for (const benefit of benefits) {
      const category = benefit.category === undefined ? undefined : pickText(benefit.category, this.contentLang, this.plainLang);
      if (!category || category.text.trim() === '') {
        other.push(benefit);
        continue;
      }
      const key = category.text.trim().toLocaleLowerCase(this.locale.locale);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { category, benefits: [] }));
      group.benefits.push(benefit);
    }
    const result = [...groups.values()];
    if (other.length > 0) result.push({ benefits: other });
    return result;
  }

  protected override renderContent(benefits: Benefit[]): TemplateResult {
    const shown = this.shownData(benefits);
    const groups = this.grouped ? this.groups(shown) : [];
    // Grouping only helps when there is more than one group, or at least one named category.
    if (!this.grouped || (groups.length === 1 && groups[0].category === undefined)) {
      return this.renderList(shown, this.level + 1);
    }
    const strings = this.pickStrings(benefitsPanelStrings);
    const tag = heading(this.level + 1);
    return html`<div class="groups">
      ${groups.map(
        (group) => html`<div class="group">
          ${staticHtml`<${tag} class="category" part="category" lang=${group.category?.lang ?? nothing}>${group.category?.text ?? strings.other}</${tag}>`}
          ${this.renderList(group.benefits, this.level + 2)}
        </div>`,
      )}
    </div>`;
  }

  private renderList(benefits: Benefit[], titleLevel: number): TemplateResult {
    const tag = heading(titleLevel);
    // role="list": some screen readers drop the list semantics of a list without bullets.
    return html`<ul class="list layout-${this.layoutValue}" part="list" role="list">
      ${benefits.map((benefit) => {
        const title = pickText(benefit.title, this.contentLang, this.plainLang);
        const description = benefit.description === undefined ? undefined : pickText(benefit.description, this.contentLang, this.plainLang);
        const icon = this.hideIcons ? undefined : benefitIcon(benefit.icon);
        return html`<li class="item" part="item">
          ${icon
            ? html`<span class="icon" part="icon" aria-hidden="true"
                ><svg viewBox="0 0 24 24" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75"
                  stroke-linecap="round" stroke-linejoin="round">${icon}</svg
              ></span>`
            : nothing}
          <div class="text">
            ${staticHtml`<${tag} class="title" part="title" lang=${title.lang ?? nothing}>${title.text}</${tag}>`}
            ${description && description.text !== ''
              ? html`<p class="description" part="description" lang=${description.lang ?? nothing}>${description.text}</p>`
              : nothing}
          </div>
        </li>`;
      })}
    </ul>`;
  }

  protected override renderLoading(): TemplateResult {
    const count = this.maxItems === undefined ? LOADING_ITEMS : Math.min(this.maxItems, LOADING_ITEMS * 2);
    return html`<div class="placeholder" aria-hidden="true">
      <div class="list layout-${this.layoutValue}">
        ${Array.from(
          { length: count },
          () => html`<div class="item">
            ${this.hideIcons ? nothing : html`<span class="icon skeleton"></span>`}
            <div class="text">
              <span class="skeleton skeleton--line"></span>
              <span class="skeleton skeleton--line skeleton--short"></span>
            </div>
          </div>`,
        )}
      </div>
    </div>`;
  }
}
