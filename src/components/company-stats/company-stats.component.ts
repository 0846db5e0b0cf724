import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { readStats } from '../../data/read-stats.js';
import type { CareersFeed, LocalizedText, Place, Stat } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { oneOf } from '../../internal/attribute-checks.js';
import { parseFeedDate, type FormatKind } from '../../internal/localize.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { styles } from './company-stats.styles.js';
import { companyStatsStrings } from './company-stats.strings.js';
import { COMPACT_FROM, compactNumber, wholeYearsBetween, yearsAgo } from './stats-format.js';

export type StatsLayout = 'grid' | 'inline';
const LAYOUTS = ['grid', 'inline'] as const;

/** Placeholder tiles while loading, when no `stats` attribute says how many: as many as the demo feed has. */
const LOADING_ITEMS = 5;

/** The ids named by a `stats` attribute, in order, each once. */
const idsOf = (stats: string | undefined): string[] =>
  stats === undefined || stats === null ? [] : [...new Set(stats.split(',').map((id) => id.trim()).filter(Boolean))];

interface Picked {
  shown: Stat[];
  unknown: string[];
}

/**
 * Facts and figures about the organisation: when it was founded (with its age, computed
 * today), its headquarters, how many people work for it and whom it protects. A description
 * list: each fact's label is the term, its value the description.
 *
 * Numbers are formatted for the reader's language: in full below a million ("6,000",
 * "6 000"), in words from a million ("1 billion", "1 milliard"); approximate values read
 * "about 6,000" / "environ 6 000". Dates are written in full with how long ago they were.
 *
 * @summary NATO's facts and figures: founding date and age, headquarters, staff, members, citizens.
 * @tag nato-company-stats
 *
 * @slot heading - Replaces the heading "Facts and figures".
 *
 * @csspart base - The whole widget.
 * @csspart header - The heading block.
 * @csspart heading - The default heading.
 * @csspart list - The `<dl>` of facts.
 * @csspart item - One fact (a tile in the grid layout).
 * @csspart label - A fact's label (`<dt>`).
 * @csspart value - A fact's value (`<dd>`): the big figure.
 * @csspart note - How long ago a date was ("77 years ago").
 * @csspart empty - The message when there are no facts to show.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @cssprop [--nato-stats-value-size=2em] - Size of the figures in the grid layout (smaller in narrow containers).
 * @cssprop [--nato-stats-tile-min-width=11em] - Narrowest a tile gets before the grid has fewer columns.
 *
 * @fires nato-load - The facts are on screen; `event.data` is the array of facts shown, in order.
 * @fires nato-error - The feed could not be loaded; `event.error.kind` says why.
 */
export class NatoCompanyStats extends NatoFeedElement<Stat[], CareersFeed | readonly unknown[]> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    stats: {},
    layout: { reflect: true },
  };

  protected static override strings = companyStatsStrings;

  protected static override formats: readonly FormatKind[] = ['dates'];

  /** The facts to show, by id, in this order (comma-separated, e.g. `founded,civilians`); all of them by default. */
  stats?: string;

  /** `grid` (default): big figures in tiles, as many columns as fit; `inline`: a compact row. */
  layout: StatsLayout = 'grid';

  private layoutValue: StatsLayout = 'grid';
  /** The moment ages are computed from, taken before each render. */
  private now = new Date();
  private picked?: { value: Stat[]; stats: string | undefined; result: Picked };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.now = new Date();
    if (changed.has('layout')) {
      this.layoutValue = this.checkAttribute('layout', this.layout, oneOf(LAYOUTS), 'grid', 'layout="inline"') as StatsLayout;
    }
    if (changed.has('stats')) this.clearMisconfiguration('stats');
    const value = this.value;
    if (value) {
      const { unknown } = this.pick(value);
      if (unknown.length > 0) {
        const known = value.map((stat) => `"${stat.id}"`).join(', ');
        const quoted = unknown.map((id) => `"${id}"`).join(', ');
        this.reportMisconfiguration(
          'stats',
          `stats="${this.stats}" names ${unknown.length === 1 ? 'an id' : 'ids'} the feed does not have (${quoted}); ` +
            `the ids that exist are ${known || 'none'}. Example: stats="founded,civilians".`,
        );
      }
    }
  }

  /** The facts named by `stats`, in its order (all of them without it), and the names that match none. */
  private pick(value: Stat[]): Picked {
    if (this.picked?.value === value && this.picked.stats === this.stats) return this.picked.result;
    const ids = idsOf(this.stats);
    let result: Picked;
    if (ids.length === 0) {
      result = { shown: value, unknown: [] };
    } else {
      const byId = new Map(value.map((stat) => [stat.id, stat]));
      result = {
        shown: ids.flatMap((id) => byId.get(id) ?? []),
        unknown: ids.filter((id) => !byId.has(id)),
      };
    }
    this.picked = { value, stats: this.stats, result };
    return result;
  }

  protected override select(feed: unknown, source: string): Stat[] {
    return readStats(feed, source);
  }

  protected override isEmpty(stats: Stat[]): boolean {
    return this.pick(stats).shown.length === 0;
  }




  protected override shownData(stats: Stat[]): Stat[] {
    return this.pick(stats).shown;
  }

  protected override renderContent(stats: Stat[]): TemplateResult {
    // The wrapper clips the separator rule that would start each wrapped row of the inline layout.
    return html`<div class="clip">
      <dl class="list layout-${this.layoutValue}" part="list">${this.pick(stats).shown.map((stat) => this.renderStat(stat))}</dl>
    </div>`;
  }

  private renderStat(stat: Stat): TemplateResult {
    const label = pickText(stat.label, this.contentLang, this.plainLang);
    let value: unknown;
    let note: string | undefined;
    switch (stat.kind) {
      case 'number':
        value = this.formatNumber(stat.value as number, stat.approximate === true);
        break;
      case 'date': {
        const iso = stat.value as string;
        const date = parseFeedDate(iso);
        if (Number.isNaN(date.getTime())) {
          value = iso;
          break;
        }
        value = html`<time datetime=${iso}>${this.format.date(date)}</time>`;
        const years = wholeYearsBetween(date, this.now);
        if (years !== 0) note = yearsAgo(this.locale.locale, years);
        break;
      }
      case 'place':
        value = this.renderPlace(stat.value as Place);
        break;
      default: {
        const text = pickText(stat.value as LocalizedText, this.contentLang, this.plainLang);
        value = html`<span lang=${text.lang ?? nothing}>${text.text}</span>`;
      }
    }
    return html`<div class="item kind-${stat.kind}" part="item">
      <dt class="label" part="label" lang=${label.lang ?? nothing}>${label.text}</dt>
      <dd class="value" part="value">${value}</dd>
      ${note ? html`<dd class="note" part="note"><span class="dash" aria-hidden="true">— </span>${note}</dd>` : nothing}
    </div>`;
  }

  /** "6,000" below a million, "1 billion" from it; "about …" when approximate, the qualifier smaller. */
  private formatNumber(value: number, approximate: boolean): TemplateResult {
    const formatted = Math.abs(value) >= COMPACT_FROM ? compactNumber(this.locale.locale, value) : this.format.number(value);
    const figure = html`<span class="figure">${formatted}</span>`;
    if (!approximate) return figure;
    const [before, after = ''] = this.pickStrings(companyStatsStrings).about.split('#');
    return html`${before ? html`<span class="qualifier">${before}</span>` : nothing}${figure}${after
      ? html`<span class="qualifier">${after}</span>`
      : nothing}`;
  }

  /** "Brussels, Belgium": the city in the reader's language, then the country's name. */
  private renderPlace(place: Place): TemplateResult {
    const country = this.format.region(place.country);
    const city = place.city === undefined ? undefined : pickText(place.city, this.contentLang, this.plainLang);
    if (!city || city.text === '') return html`${country}`;
    return html`<span lang=${city.lang ?? nothing}>${city.text}</span>${this.pickStrings(companyStatsStrings).placeSeparator}${country}`;
  }

  protected override renderLoading(): TemplateResult {
    const ids = idsOf(this.stats);
    const count = ids.length > 0 ? ids.length : LOADING_ITEMS;
    return html`<div class="placeholder clip" aria-hidden="true">
      <div class="list layout-${this.layoutValue}">
        ${Array.from(
          { length: count },
          () => html`<div class="item">
            <span class="skeleton skeleton--line skeleton--short label"></span>
            <span class="skeleton value-skeleton"></span>
          </div>`,
        )}
      </div>
    </div>`;
  }
}
