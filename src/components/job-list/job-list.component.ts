import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { readJobs } from '../../data/read-jobs.js';
import type { CareersFeed, Job } from '../../data/feed-types.js';
import { resolveText } from '../../data/localized-text.js';
import { NatoApplyEvent } from '../../events/nato-apply.js';
import { NatoJobSelectEvent } from '../../events/nato-job-select.js';
import { positiveInteger, type AttributeRule } from '../../internal/attribute-checks.js';
import type { FormatKind } from '../../internal/localize.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { UrlStateWriter, claimPrefix, paramPrefix, releasePrefix } from '../../internal/url-state.js';
import { renderJobItem, type JobItemContext } from './job-item.js';
import { styles } from './job-list.styles.js';
import { jobListStrings, type JobListStrings } from './job-list.strings.js';
import {
  FACETS,
  NO_FILTERS,
  SORTS,
  facetCounts,
  filterJobs,
  indexJobs,
  parseSelection,
  withinSelection,
  type Facet,
  type IndexedJob,
  type JobFilters,
  type JobIndex,
  type JobSort,
} from './job-query.js';
import { JOB_PARAMS, JOB_PARAM_FALLBACK, fromParams, toParams } from './job-url-state.js';

/** Runs `task` when the page is idle; returns the function that cancels it. */
function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

const DEFAULT_PAGE_SIZE = 25;
/** Quiet time before the result count is announced, so typing is not interrupted. */
const ANNOUNCE_DELAY_MS = 600;

/** What the list loads: the jobs, and where the feed says all vacancies are. */
export interface JobListValue {
  jobs: Job[];
  careersUrl?: string;
}

/** What the list shows, derived before each render from the data, filters and sort. */
interface JobView {
  index: JobIndex;
  /** Open jobs within the selection, in the sort order. */
  all: IndexedJob[];
  matching: IndexedJob[];
  shown: IndexedJob[];
  /** Jobs "Show more" would add up to (0 with `limit`). */
  remaining: number;
  filtered: boolean;
  /** Facets whose chosen value no job has (from a link). */
  unavailable: Facet[];
}

const safeUrlRule: AttributeRule<string | undefined> = {
  valid: (value) => value === undefined || value === null || safeUrl(value) !== undefined,
  problem: 'is not an https:, http: or mailto: URL',
};

const FACET_LABELS: Record<Facet, { label: keyof JobListStrings; all: keyof JobListStrings }> = {
  organization: { label: 'organization', all: 'allOrganizations' },
  location: { label: 'location', all: 'allLocations' },
  grade: { label: 'grade', all: 'allGrades' },
  contractType: { label: 'contractType', all: 'allContractTypes' },
};

/**
 * NATO's job openings: a searchable, filterable, sortable list whose jobs open to their
 * details and a safe Apply link.
 *
 * @summary "NATO is hiring now — N job openings", with search, filters, sorting and details.
 * @tag nato-job-list
 *
 * @slot heading - Replaces the heading "NATO is hiring now". The job count stays.
 *
 * @csspart base - The whole widget.
 * @csspart header - The heading and the job count.
 * @csspart heading - The default heading.
 * @csspart count - "12 job openings".
 * @csspart filters - The search box and the filters (one row on wide containers).
 * @csspart search - The search input.
 * @csspart filters-toggle - "Filters (2)": shows the filters on narrow containers.
 * @csspart filter - Each filter and the sort `<select>`.
 * @csspart results - "5 jobs match", above the list, once the reader searches or filters.
 * @csspart clear - The "Clear filters" buttons.
 * @csspart list - The `<ul>` of jobs.
 * @csspart item - One job.
 * @csspart title - A job's title (the button that opens it).
 * @csspart meta - Organisation, location, grade and contract type.
 * @csspart tag - The "Example vacancy" label of an illustrative job.
 * @csspart closing - The closing date line.
 * @csspart badge - The mark of a job closing within a week (stronger today and tomorrow).
 * @csspart details - An open job's details.
 * @csspart facts - An open job's facts (unit, workplace, eligibility, reference, posting date).
 * @csspart note - Why an open job has no Apply link.
 * @csspart apply - The Apply links (near the top of an open job, and at its end).
 * @csspart more - The "Show more jobs" button.
 * @csspart see-all - "See all N vacancies", after a list shortened by `limit`.
 * @csspart empty - The message when there are no jobs, or none match.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @cssprop [--nato-color-primary=#004990] - NATO blue: links, buttons, job titles.
 * @cssprop [--nato-color-on-primary=#ffffff] - Text on primary-coloured buttons.
 * @cssprop [--nato-color-text=#1b1f24] - Body text.
 * @cssprop [--nato-color-text-muted=#4d5763] - Secondary text such as job details lines.
 * @cssprop [--nato-color-surface=#ffffff] - Background of inputs and buttons.
 * @cssprop [--nato-color-background=#ffffff] - The element's surface.
 * @cssprop [--nato-color-surface-raised=#f2f5f8] - Background of an open job, the filter panel and messages.
 * @cssprop [--nato-color-border=#d3dae2] - Separators between jobs.
 * @cssprop [--nato-color-border-strong=#6b7683] - Borders of inputs.
 * @cssprop [--nato-color-focus=#0b0c0c] - Focus ring (dark: #ffdd00).
 * @cssprop [--nato-color-danger=#b3261e] - Error border.
 * @cssprop [--nato-color-warning=#8a4500] - "Closing soon" text.
 * @cssprop [--nato-color-warning-surface=#fff3e0] - "Closing soon" background.
 * @cssprop [--nato-color-skeleton=#e4e9ef] - Loading placeholders.
 * @cssprop [--nato-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--nato-font-size=medium] - Base font size; everything else is relative to it.
 * @cssprop [--nato-space-m=1em] - Base spacing (also `--nato-space-xs`, `-s`, `-l`, `-xl`).
 * @cssprop [--nato-radius-m=0.5em] - Corner radius of panels (also `--nato-radius-s`).
 *
 * @fires nato-load - Jobs loaded and validated; `event.data` is the array of jobs the list shows.
 * @fires nato-error - The feed could not be loaded; `event.error.kind` says why.
 * @fires nato-job-select - A job was opened; `event.job` is the job.
 * @fires nato-apply - An Apply link was activated; cancelable, `event.job` and `event.url`.
 */
export class NatoJobList extends NatoFeedElement<JobListValue, CareersFeed | readonly unknown[]> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    organization: {},
    location: {},
    grade: {},
    contractType: { attribute: 'contract-type' },
    query: {},
    limit: { type: Number },
    moreHref: { attribute: 'more-href' },
    pageSize: { type: Number, attribute: 'page-size' },
    hideFilters: { type: Boolean, attribute: 'hide-filters', reflect: true },
    syncUrl: { attribute: 'sync-url' },
    filters: { state: true },
    sort: { state: true },
    expanded: { state: true },
    visibleCount: { state: true },
    announcement: { state: true },
    filtersOpen: { state: true },
  };

  protected static override strings = jobListStrings;

  protected static override formats: readonly FormatKind[] = ['collator', 'plurals', 'relative', 'dates', 'lists'];

  /** Show only jobs of these organisations (comma-separated, e.g. `NSPA`). */
  organization?: string;

  /** Show only jobs in these places: cities or ISO country codes (comma-separated, e.g. `Brussels,LU`). */
  location?: string;

  /** Show only jobs of these grades (comma-separated, e.g. `A-2,A-3`). */
  grade?: string;

  /** Show only jobs of these contract types (comma-separated, e.g. `internship`). */
  contractType?: string;

  /** Initial search text; the reader can change it. */
  query?: string;

  /** Show at most this many jobs, without "Show more" (for compact embeds). */
  limit?: number;

  /**
   * Where "See all N vacancies" leads when `limit` hides some jobs (https, http or mailto);
   * by default the feed's `careersUrl`.
   */
  moreHref?: string;

  /** Jobs shown at first and added by each "Show more". */
  pageSize = DEFAULT_PAGE_SIZE;

  /** Hides search, filters and sorting. */
  hideFilters = false;

  /**
   * Mirrors search, filters, sort and the open job in the page URL, for links and the back
   * button. The value prefixes the parameter names (`sync-url="nspa"` → `nspa-q`); empty → `job-`.
   */
  syncUrl?: string | null;

  private filters: JobFilters = NO_FILTERS;
  private sort: JobSort = 'closing';
  private expanded = new Set<string>();
  private visibleCount = DEFAULT_PAGE_SIZE;
  private announcement = '';
  /** Whether the filters are shown on a narrow container (wide ones always show them). */
  private filtersOpen = false;

  private index?: { key: unknown[]; value: JobIndex };
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** A job to show once the jobs are loaded (opened from the URL), then to scroll to. */
  private revealJob?: string;
  private scrollToJob?: string;
  /** The first job added by "Show more", to receive focus. */
  private focusJobAt?: number;
  /** Writes the URL parameters, while `sync-url` is set and no other list has its prefix. */
  private urlWriter?: UrlStateWriter<keyof typeof JOB_PARAMS>;
  /** Cancels the idle-time preparation of the search text. */
  private cancelIdleWork?: () => void;
  /** Validated attributes, derived before each render. */
  private pageSizeValue = DEFAULT_PAGE_SIZE;
  private limitValue?: number;
  private moreHrefValue?: string;
  /** What the list shows now, derived before each render. */
  private view?: JobView;

  protected override select(feed: unknown, source: string): JobListValue {
    const jobs = readJobs(feed, source);
    // The feed's link to all vacancies, read from the document itself (a list of jobs has none).
    const careersUrl =
      typeof feed === 'object' && feed !== null && !Array.isArray(feed) && Object.hasOwn(feed, 'careersUrl')
        ? safeUrl((feed as { careersUrl: unknown }).careersUrl)
        : undefined;
    return { jobs, careersUrl };
  }

  protected override isEmpty(value: JobListValue): boolean {
    return this.indexFor(value.jobs).jobs.length === 0;
  }

  /** `nato-load` carries the jobs the list shows: open, and within its selection. */
  protected override shownData(value: JobListValue): Job[] {
    return this.indexFor(value.jobs).jobs.map((entry) => entry.job);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (this.hasUpdated) this.claimUrl(); // back in the page after a removal
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.announceTimer);
    this.cancelIdleWork?.();
    this.cancelIdleWork = undefined;
    this.releaseUrl();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) {
      this.filters = { ...this.filters, query: this.query ?? '' };
    }
    if (changed.has('syncUrl')) this.claimUrl();
    if (changed.has('pageSize')) {
      this.pageSizeValue = this.checkAttribute('page-size', this.pageSize, positiveInteger, DEFAULT_PAGE_SIZE, 'page-size="10"');
      this.visibleCount = this.pageSizeValue;
    }
    if (changed.has('limit')) {
      this.limitValue =
        this.limit === undefined || this.limit === null
          ? undefined
          : this.checkAttribute('limit', this.limit, positiveInteger, undefined, 'limit="5"');
    }
    if (changed.has('moreHref')) {
      this.moreHrefValue = safeUrl(this.checkAttribute('more-href', this.moreHref, safeUrlRule, undefined, 'more-href="https://www.nato.int/…"'));
    }
    const value = this.value;
    const index = value ? this.indexFor(value.jobs) : undefined;
    if (this.revealJob && index) this.prepareReveal(this.revealJob, index);
    this.view = index ? this.viewOf(index) : undefined;
    const own = changed as PropertyValues;
    if (this.hasUpdated && (own.has('filters') || own.has('sort'))) this.scheduleAnnouncement();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Focus and scrolling only: nothing here changes reactive state.
    if (this.focusJobAt !== undefined) {
      this.renderRoot.querySelectorAll<HTMLElement>('.toggle')[this.focusJobAt]?.focus();
      this.focusJobAt = undefined;
    }
    if (this.scrollToJob) {
      const id = this.scrollToJob;
      this.scrollToJob = undefined;
      const item = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')].find((li) => li.dataset.job === id);
      item?.scrollIntoView({ block: 'start' });
    }
  }

  /** The open jobs within the embedder's selection, indexed once per data, language and day. */
  private indexFor(jobs: Job[]): JobIndex {
    const now = new Date();
    const lang = this.contentLang;
    const key = [jobs, lang, this.plainLang, now.toDateString(), this.organization, this.location, this.grade, this.contractType];
    if (this.index && key.every((part, i) => part === this.index!.key[i])) return this.index.value;

    const selection = {
      organization: parseSelection(this.organization),
      location: parseSelection(this.location),
      grade: parseSelection(this.grade),
      contractType: parseSelection(this.contractType),
    };
    const selected = jobs.filter((job) => withinSelection(job, selection));
    if (jobs.length > 0 && selected.length === 0) this.reportEmptySelection(jobs);
    const strings = this.pickStrings(jobListStrings);
    const value = indexJobs(selected, lang, now, this.format, (type) => strings.contractTypes[type] ?? type, this.plainLang);
    this.index = { key, value };
    // The first rows come first; the search text of every job is made when the page is idle.
    this.cancelIdleWork?.();
    if (!this.hideFilters) this.cancelIdleWork = whenIdle(() => value.prepareSearch());
    return value;
  }

  private viewOf(index: JobIndex): JobView {
    const all = index.sorted(this.sort);
    const matching = filterJobs(index, all, this.filters);
    const limit = this.limitValue;
    const shown = matching.slice(0, limit ?? this.visibleCount);
    return {
      index,
      all,
      matching,
      shown,
      remaining: limit === undefined ? matching.length - shown.length : 0,
      filtered: this.isFiltered,
      unavailable: FACETS.filter(
        (facet) => this.filters[facet] && !index.options[facet].some((option) => option.key === this.filters[facet]),
      ),
    };
  }

  private reportEmptySelection(jobs: Job[]): void {
    const names = [...new Set(jobs.map((job) => resolveText(job.organization, 'en')).filter(Boolean))].slice(0, 12);
    this.reportMisconfiguration(
      'selection',
      `no job matches the element's organization/location/grade/contract-type attributes (organization="${this.organization ?? ''}", location="${this.location ?? ''}", grade="${this.grade ?? ''}", contract-type="${this.contractType ?? ''}"). Organisations in the feed: ${names.join(', ')}.`,
    );
  }

  /** "NATO is hiring now", except when there is no vacancy to show. */
  protected override headingText(): string {
    const strings = this.pickStrings(jobListStrings);
    return this.feedState === 'empty' ? strings.emptyHeading : strings.heading;
  }

  /** The count beside the heading: a placeholder while loading, nothing after an error or with no jobs. */
  protected override renderHeaderExtra(): unknown {
    const state = this.feedState;
    if (state === 'loading') return html`<span class="count count--placeholder skeleton" aria-hidden="true"></span>`;
    if (state !== 'loaded' || !this.view) return nothing;
    return html`<p class="count" part="count">${this.pickStrings(jobListStrings).openings(this.view.index.jobs.length, this.format)}</p>`;
  }

  /** No vacancy: says so, and where to look, when the feed gives a careers page. */
  protected override renderEmpty(): TemplateResult {
    const strings = this.pickStrings(jobListStrings);
    const url = this.value?.careersUrl;
    return html`<div class="message" part="empty">
      <p class="message-title">${strings.empty}</p>
      <p>
        ${strings.emptyHint}
        ${url ? html`<a class="link" href=${url}>${strings.careersLink}</a>` : nothing}
      </p>
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    return this.renderJobs(this.view!, this.pickStrings(jobListStrings), this.level + 1);
  }

  /**
   * The loading state has the loaded layout: the same search row and results bar (empty and
   * inert) and rows of the same height, so nothing below the widget moves when the jobs arrive.
   */
  protected override renderLoading(): TemplateResult {
    const strings = this.pickStrings(jobListStrings);
    return html`${this.hideFilters
        ? nothing
        : html`<div class="filters" aria-hidden="true" inert>
              <div class="field field--search">
                <span class="label">${strings.search}</span><span class="input skeleton"></span>
              </div>
              <span class="button filters-toggle skeleton"></span>
            </div>
            <div class="results-bar" aria-hidden="true">
              <p class="results"></p>
              <div class="sort">
                <span class="label">${strings.sortBy}</span><span class="input input--small skeleton"></span>
              </div>
            </div>`}
      <ul class="list" aria-hidden="true">
        ${[0, 1, 2, 3, 4].map(
          () => html`<li class="item item--placeholder">
            <p class="title"><span class="skeleton skeleton--text"></span></p>
            <p class="meta"><span class="skeleton skeleton--text"></span></p>
            <p class="closing"><span class="skeleton skeleton--text"></span></p>
          </li>`,
        )}
      </ul>`;
  }

  private renderJobs(view: JobView, strings: JobListStrings, itemLevel: number): TemplateResult {
    const { matching, shown, remaining, filtered } = view;
    const item: JobItemContext = {
      strings,
      format: this.format,
      lang: this.contentLang,
      plainLang: this.plainLang,
      level: itemLevel,
      onToggle: (entry) => this.toggle(entry),
      onApply: (event, job, url) => this.onApply(event, job, url),
    };
    const seeAllUrl = this.moreHrefValue ?? this.value?.careersUrl;
    const hidden = this.limitValue !== undefined && matching.length > shown.length;
    // The heading has the total; the line says what matches, once there is something to count
    // (with nothing matching, the message below says so).
    const resultsLine = filtered && matching.length > 0 ? strings.results(matching.length, this.format) : '';

    return html`
      ${this.hideFilters ? nothing : this.renderFilters(view, strings)}
      ${this.hideFilters && !filtered
        ? nothing
        : html`<div class="results-bar">
            <p class="results" part="results">${resultsLine}</p>
            ${filtered && matching.length > 0 && !this.hideFilters ? this.renderClear(strings) : nothing}
            ${this.hideFilters ? nothing : this.renderSort(strings)}
          </div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${matching.length === 0
        ? html`<div class="message" part="empty">
            <p class="message-title">${view.unavailable.length ? `${strings.unavailableExplained} ` : ''}${strings.noMatch}</p>
            ${this.hideFilters ? nothing : this.renderClear(strings)}
          </div>`
        : html`<ul class="list" part="list" role="list">
            ${repeat(
              shown,
              (entry) => entry.key,
              (entry) => renderJobItem(entry, this.expanded.has(entry.key), item),
            )}
          </ul>`}
      ${remaining > 0
        ? html`<button class="button more" part="more" type="button" @click=${this.showMore}>
            ${strings.showMore(Math.min(remaining, this.pageSizeValue), this.format)}
          </button>`
        : nothing}
      ${hidden && seeAllUrl
        ? html`<a class="button see-all" part="see-all" href=${seeAllUrl}>${strings.seeAll(matching.length, this.format)}</a>`
        : nothing}
    `;
  }

  private renderClear(strings: JobListStrings): TemplateResult {
    return html`<button class="button button--small clear" part="clear" type="button" @click=${this.clearFilters}>
      ${strings.clearFilters}
    </button>`;
  }

  private renderSort(strings: JobListStrings): TemplateResult {
    return html`<div class="sort">
      <label for="sort">${strings.sortBy}</label>
      <select id="sort" class="input--small" part="filter" @change=${this.onSortChange}>
        ${SORTS.map((sort) => html`<option value=${sort} .selected=${live(sort === this.sort)}>${strings.sorts[sort]}</option>`)}
      </select>
    </div>`;
  }

  private renderFilters(view: JobView, strings: JobListStrings): TemplateResult {
    const { index } = view;
    const counts = facetCounts(index, this.filters);
    const fields = FACETS.map((facet) => {
      const selected = this.filters[facet];
      const unavailable = view.unavailable.includes(facet);
      // A filter with a single choice filters nothing (e.g. organization="NSPA"): leave it out.
      if (index.options[facet].length < 2 && !selected) return undefined;
      const { label, all: allLabel } = FACET_LABELS[facet];
      return html`<div class="field">
        <label for="filter-${facet}">${strings[label] as string}</label>
        <select id="filter-${facet}" part="filter" @change=${(event: Event) => this.onFacetChange(facet, event)}>
          <option value="" .selected=${live(!selected)}>${strings[allLabel] as string}</option>
          ${index.options[facet].map(({ key, label: optionLabel }) => {
            const count = counts[facet].get(key) ?? 0;
            return html`<option value=${key} .selected=${live(key === selected)} ?disabled=${count === 0 && key !== selected}>
              ${optionLabel} (${this.format.number(count)})
            </option>`;
          })}
          ${unavailable
            ? // A value from a link that no job has: chosen, so the empty list explains itself, but
              // never shown verbatim (a crafted link must not put its text in the widget).
              html`<option value=${selected} .selected=${live(true)}>${strings.unavailableFilter}</option>`
            : nothing}
        </select>
      </div>`;
    }).filter((field) => field !== undefined);
    const active = FACETS.filter((facet) => this.filters[facet]).length;
    return html`<div class="filters" part="filters" role="search">
      <div class="field field--search">
        <label for="search">${strings.search}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.searchHint}
          .value=${live(this.filters.query)}
          @input=${this.onSearchInput}
        />
      </div>
      ${fields.length
        ? html`<button
              class="button filters-toggle"
              part="filters-toggle"
              type="button"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-controls="filter-panel"
              @click=${this.toggleFilters}
            >
              ${active ? strings.filtersCount(active, this.format) : strings.filters}
            </button>
            <div id="filter-panel" class="filter-panel ${this.filtersOpen ? 'filter-panel--open' : ''}">${fields}</div>`
        : nothing}
    </div>`;
  }

  private get isFiltered(): boolean {
    return this.filters.query.trim() !== '' || FACETS.some((facet) => this.filters[facet] !== '');
  }

  private toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  private toggle(entry: IndexedJob): void {
    const expanded = new Set(this.expanded);
    if (expanded.delete(entry.key)) {
      this.expanded = expanded;
    } else {
      expanded.add(entry.key);
      this.expanded = expanded;
      this.dispatchEvent(new NatoJobSelectEvent(entry.job));
    }
    this.pushUrl();
  }

  private onApply(event: MouseEvent, job: Job, url: string): void {
    const apply = new NatoApplyEvent(job, url);
    this.dispatchEvent(apply);
    if (apply.defaultPrevented) event.preventDefault();
  }

  private onSearchInput(event: InputEvent): void {
    this.filters = { ...this.filters, query: (event.target as HTMLInputElement).value };
    this.visibleCount = this.pageSizeValue;
    // Typing makes one history entry, written once typing pauses.
    this.urlWriter?.replaceSoon(toParams(this.urlState));
  }

  private onFacetChange(facet: Facet, event: Event): void {
    this.filters = { ...this.filters, [facet]: (event.target as HTMLSelectElement).value };
    this.visibleCount = this.pageSizeValue;
    this.pushUrl();
  }

  private onSortChange(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as JobSort;
    this.pushUrl();
  }

  private clearFilters(): void {
    this.filters = NO_FILTERS;
    this.visibleCount = this.pageSizeValue;
    this.pushUrl();
    // The button disappears with the filters; put the reader back at the search box.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  }

  private showMore(): void {
    this.focusJobAt = this.visibleCount;
    this.visibleCount += this.pageSizeValue;
  }

  /** Says the new result count once changes pause; called before the update that shows it. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    const view = this.view;
    if (!view) return;
    const strings = this.pickStrings(jobListStrings);
    const text = view.filtered
      ? strings.results(view.matching.length, this.format)
      : strings.openings(view.all.length, this.format);
    this.announceTimer = setTimeout(() => (this.announcement = text), ANNOUNCE_DELAY_MS);
  }

  private readonly onPopState = () => {
    if (!this.urlWriter) return;
    // The reader moved in history: a replacement still waiting belongs to the entry they left.
    this.urlWriter.cancel();
    this.readUrl();
  };

  private get urlState() {
    return { filters: this.filters, sort: this.sort, open: [...this.expanded].pop() };
  }

  /** Starts (or stops) mirroring the URL when `sync-url` changes, and reads the URL's state. */
  private claimUrl(): void {
    const wanted = this.syncUrl == null ? undefined : paramPrefix(this.syncUrl, JOB_PARAM_FALLBACK);
    if (wanted === this.urlWriter?.prefix) return;
    this.releaseUrl();
    if (!wanted) return;
    if (!claimPrefix(wanted, this)) {
      this.reportMisconfiguration(
        'sync-url',
        `another <nato-job-list> on this page already mirrors its state in the URL parameters "${wanted}…"; give each list its own sync-url value (sync-url="nspa" → "nspa-q", "nspa-org" …). This one does not change the URL.`,
      );
      return;
    }
    this.urlWriter = new UrlStateWriter(wanted, JOB_PARAMS);
    this.readUrl();
  }

  /** Writes what typing left pending and gives the prefix up. */
  private releaseUrl(): void {
    if (!this.urlWriter) return;
    this.urlWriter.flush();
    releasePrefix(this.urlWriter.prefix, this);
    this.urlWriter = undefined;
  }

  private readUrl(): void {
    const state = fromParams(this.urlWriter!.read());
    this.filters = { ...state.filters, query: state.filters.query || this.query || '' };
    this.sort = state.sort ?? 'closing';
    this.expanded = new Set(state.open ? [state.open] : []);
    this.revealJob = state.open;
    // A filter chosen in the link shows on a narrow container too.
    if (FACETS.some((facet) => state.filters[facet])) this.filtersOpen = true;
  }

  private pushUrl(): void {
    this.urlWriter?.push(toParams(this.urlState));
  }

  /** Shows the job opened from the URL, however far down the list it is; scrolls to it after the update. */
  private prepareReveal(id: string, index: JobIndex): void {
    this.revealJob = undefined;
    const position = filterJobs(index, index.sorted(this.sort), this.filters).findIndex((entry) => entry.key === id);
    if (position < 0) return;
    const pageSize = this.pageSizeValue;
    if (position >= this.visibleCount) this.visibleCount = Math.ceil((position + 1) / pageSize) * pageSize;
    this.scrollToJob = id;
  }
}
