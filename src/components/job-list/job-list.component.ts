import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { readSection } from '../../data/feed-reader.js';
import type { CareersFeed, Job } from '../../data/feed-types.js';
import { resolveText } from '../../data/localized-text.js';
import { NatoApplyEvent } from '../../events/nato-apply.js';
import { NatoJobSelectEvent } from '../../events/nato-job-select.js';
import { positiveInteger } from '../../internal/attribute-checks.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
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
import { claimPrefix, paramPrefix, readUrlState, releasePrefix, writeUrlState } from './job-url-state.js';

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
 * @csspart filters - The search box, filters and sort order.
 * @csspart search - The search input.
 * @csspart filter - Each filter and the sort `<select>`.
 * @csspart results - "5 jobs of 12", above the list.
 * @csspart list - The `<ul>` of jobs.
 * @csspart item - One job.
 * @csspart title - A job's title (the button that opens it).
 * @csspart meta - Organisation, location, grade, contract type and reference.
 * @csspart closing - The closing date line.
 * @csspart badge - The "Closing soon" mark.
 * @csspart details - An open job's details.
 * @csspart apply - The Apply link.
 * @csspart more - The "Show more jobs" button.
 * @csspart empty - The message when there are no jobs, or none match.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @cssprop [--nato-color-primary=#004990] - NATO blue: links, buttons, job titles.
 * @cssprop [--nato-color-on-primary=#ffffff] - Text on primary-coloured buttons.
 * @cssprop [--nato-color-text=#1b1f24] - Body text.
 * @cssprop [--nato-color-text-muted=#4d5763] - Secondary text such as job details lines.
 * @cssprop [--nato-color-surface=#ffffff] - Background of inputs and buttons.
 * @cssprop [--nato-color-surface-raised=#f2f5f8] - Background of the filter panel and messages.
 * @cssprop [--nato-color-border=#d3dae2] - Separators between jobs.
 * @cssprop [--nato-color-border-strong=#6b7683] - Borders of inputs.
 * @cssprop [--nato-color-focus=#004990] - Focus ring.
 * @cssprop [--nato-color-danger=#b3261e] - Error border.
 * @cssprop [--nato-color-warning=#8a4500] - "Closing soon" text.
 * @cssprop [--nato-color-warning-surface=#fff3e0] - "Closing soon" background.
 * @cssprop [--nato-color-skeleton=#e4e9ef] - Loading placeholders.
 * @cssprop [--nato-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--nato-font-size=medium] - Base font size; everything else is relative to it.
 * @cssprop [--nato-space-m=1em] - Base spacing (also `--nato-space-xs`, `-s`, `-l`, `-xl`).
 * @cssprop [--nato-radius-m=0.5em] - Corner radius of panels (also `--nato-radius-s`).
 *
 * @fires nato-load - Jobs loaded and validated; `event.data` is the array of jobs.
 * @fires nato-error - The feed could not be loaded; `event.error.kind` says why.
 * @fires nato-job-select - A job was opened; `event.job` is the job.
 * @fires nato-apply - An Apply link was activated; cancelable, `event.job` and `event.url`.
 */
export class NatoJobList extends NatoFeedElement<Job[], CareersFeed | readonly unknown[]> {
  static override styles = styles;

  /** Show only jobs of these organisations (comma-separated, e.g. `NSPA`). */
  @property() organization?: string;

  /** Show only jobs in these places: cities or ISO country codes (comma-separated, e.g. `Brussels,LU`). */
  @property() location?: string;

  /** Show only jobs of these grades (comma-separated, e.g. `A-2,A-3`). */
  @property() grade?: string;

  /** Show only jobs of these contract types (comma-separated, e.g. `internship`). */
  @property({ attribute: 'contract-type' }) contractType?: string;

  /** Initial search text; the reader can change it. */
  @property() query?: string;

  /** Show at most this many jobs, without "Show more" (for compact embeds). */
  @property({ type: Number }) limit?: number;

  /** Jobs shown at first and added by each "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Hides search, filters and sorting. */
  @property({ type: Boolean, attribute: 'hide-filters', reflect: true }) hideFilters = false;

  /**
   * Mirrors search, filters, sort and the open job in the page URL, for links and the back
   * button. The value prefixes the parameter names (`sync-url="nspa"` → `nspa-q`); empty → `job-`.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  @state() private filters: JobFilters = NO_FILTERS;
  @state() private sort: JobSort = 'closing';
  @state() private expanded = new Set<string>();
  @state() private visibleCount = DEFAULT_PAGE_SIZE;
  @state() private announcement = '';

  private index?: { key: unknown[]; value: JobIndex };
  private resultsText = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** A job to show once the jobs are loaded (opened from the URL), then to scroll to. */
  private revealJob?: string;
  private scrollToJob?: string;
  /** The first job added by "Show more", to receive focus. */
  private focusJobAt?: number;
  /** The URL parameter prefix this list writes, while `sync-url` is set and no other list has it. */
  private urlPrefix?: string;
  /** Cancels the idle-time preparation of the search text. */
  private cancelIdleWork?: () => void;
  /** Validated attributes, derived before each render. */
  private pageSizeValue = DEFAULT_PAGE_SIZE;
  private limitValue?: number;
  /** The open jobs within the embedder's selection, for the data shown now. */
  private jobIndex?: JobIndex;

  protected override select(feed: unknown, source: string): Job[] {
    return readSection(feed, 'jobs', source);
  }

  protected override isEmpty(jobs: Job[]): boolean {
    return this.indexFor(jobs).jobs.length === 0;
  }

  /** `nato-load` carries the jobs the list shows: open, and within its selection. */
  protected override shownData(jobs: Job[]): Job[] {
    return this.indexFor(jobs).jobs.map((entry) => entry.job);
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
    if (this.urlPrefix) releasePrefix(this.urlPrefix, this);
    this.urlPrefix = undefined;
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
    const jobs = this.value;
    this.jobIndex = jobs ? this.indexFor(jobs) : undefined;
    if (this.revealJob && this.jobIndex) this.prepareReveal(this.revealJob, this.jobIndex);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('filters') || changed.has('sort')) this.scheduleAnnouncement();
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
    const key = [jobs, lang, now.toDateString(), this.organization, this.location, this.grade, this.contractType];
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
    const value = indexJobs(selected, lang, now, this.format, (type) => strings.contractTypes[type] ?? type);
    this.index = { key, value };
    // The first rows come first; the search text of every job is made when the page is idle.
    this.cancelIdleWork?.();
    if (!this.hideFilters) this.cancelIdleWork = whenIdle(() => value.prepareSearch());
    return value;
  }

  private reportEmptySelection(jobs: Job[]): void {
    const names = [...new Set(jobs.map((job) => resolveText(job.organization, 'en')).filter(Boolean))].slice(0, 12);
    this.reportMisconfiguration(
      'selection',
      `no job matches the element's organization/location/grade/contract-type attributes (organization="${this.organization ?? ''}", location="${this.location ?? ''}", grade="${this.grade ?? ''}", contract-type="${this.contractType ?? ''}"). Organisations in the feed: ${names.join(', ')}.`,
    );
  }

  protected override headingText(): string {
    return this.pickStrings(jobListStrings).heading;
  }

  /** The count beside the heading: a placeholder while loading, nothing after an error. */
  protected override renderHeaderExtra(): unknown {
    const state = this.feedState;
    if (state === 'loading') return html`<span class="count count--placeholder skeleton" aria-hidden="true"></span>`;
    if (!this.jobIndex) return nothing;
    return html`<p class="count" part="count">${this.pickStrings(jobListStrings).openings(this.jobIndex.jobs.length, this.format)}</p>`;
  }

  protected override loadingLabel(): string {
    return this.pickStrings(jobListStrings).loadingJobs;
  }

  protected override renderEmpty(): TemplateResult {
    return html`<p class="message" part="empty">${this.pickStrings(jobListStrings).empty}</p>`;
  }

  protected override renderContent(): TemplateResult {
    return this.renderJobs(this.jobIndex!, this.pickStrings(jobListStrings), this.level + 1);
  }

  /**
   * The loading state has the loaded layout: the same filter fields (empty and inert) and rows
   * of the same height, so nothing below the widget moves when the jobs arrive.
   */
  protected override renderLoading(): TemplateResult {
    const strings = this.pickStrings(jobListStrings);
    const field = (label: string) =>
      html`<div class="field"><span class="label">${label}</span><span class="input skeleton"></span></div>`;
    return html`${this.hideFilters
        ? nothing
        : html`<div class="filters" aria-hidden="true" inert>
            <div class="field field--search">
              <span class="label">${strings.search}</span><span class="input skeleton"></span>
              <span class="hint">${strings.searchHint}</span>
            </div>
            ${field(strings.organization)} ${field(strings.location)} ${field(strings.grade)}
            ${field(strings.contractType)} ${field(strings.sortBy)}
          </div>
          <span class="skeleton skeleton--results" aria-hidden="true"></span>`}
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

  private renderJobs(index: JobIndex, strings: JobListStrings, itemLevel: number): TemplateResult {
    const all = index.sorted(this.sort);
    const matching = filterJobs(index, all, this.filters);
    const limit = this.limitValue;
    const shown = matching.slice(0, limit ?? this.visibleCount);
    const remaining = limit === undefined ? matching.length - shown.length : 0;
    const filtered = this.isFiltered;
    this.resultsText = strings.results(matching.length, all.length, this.format);
    const item: JobItemContext = {
      strings,
      format: this.format,
      lang: this.contentLang,
      level: itemLevel,
      onToggle: (entry) => this.toggle(entry),
      onApply: (event, job, url) => this.onApply(event, job, url),
    };

    return html`
      ${this.hideFilters ? nothing : this.renderFilters(index, strings)}
      ${this.hideFilters && !filtered
        ? nothing
        : html`<div class="results-bar">
            <p class="results" part="results">${this.resultsText}</p>
            ${filtered && !this.hideFilters
              ? html`<button class="button button--small" type="button" @click=${this.clearFilters}>
                  ${strings.clearFilters}
                </button>`
              : nothing}
          </div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${matching.length === 0
        ? html`<p class="message" part="empty">${strings.noMatch}</p>`
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
    `;
  }

  private renderFilters(index: JobIndex, strings: JobListStrings): TemplateResult {
    const counts = facetCounts(index, this.filters);
    return html`<div class="filters" part="filters" role="search">
      <div class="field field--search">
        <label for="search">${strings.search}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${this.filters.query}
          @input=${this.onSearchInput}
        />
        <span id="search-hint" class="hint">${strings.searchHint}</span>
      </div>
      ${FACETS.map((facet) => {
        const selected = this.filters[facet];
        // A value from a link that the jobs no longer have (a deep link to a past organisation)
        // still shows as chosen, with no jobs, so the reader sees why the list is empty.
        const options =
          selected && !index.options[facet].some((option) => option.key === selected)
            ? [...index.options[facet], { key: selected, label: selected }]
            : index.options[facet];
        // A filter with a single choice filters nothing (e.g. organization="NSPA"): leave it out.
        if (options.length < 2 && !selected) return nothing;
        const { label, all: allLabel } = FACET_LABELS[facet];
        return html`<div class="field">
          <label for="filter-${facet}">${strings[label] as string}</label>
          <select id="filter-${facet}" part="filter" @change=${(event: Event) => this.onFacetChange(facet, event)}>
            <option value="" ?selected=${!selected}>${strings[allLabel] as string}</option>
            ${options.map(({ key, label: optionLabel }) => {
              const count = counts[facet].get(key) ?? 0;
              return html`<option value=${key} ?selected=${key === selected} ?disabled=${count === 0 && key !== selected}>
                ${optionLabel} (${this.format.number(count)})
              </option>`;
            })}
          </select>
        </div>`;
      })}
      <div class="field">
        <label for="sort">${strings.sortBy}</label>
        <select id="sort" part="filter" @change=${this.onSortChange}>
          ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.sort}>${strings.sorts[sort]}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private get isFiltered(): boolean {
    return this.filters.query.trim() !== '' || FACETS.some((facet) => this.filters[facet] !== '');
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
    this.writeUrl('push');
  }

  private onApply(event: MouseEvent, job: Job, url: string): void {
    const apply = new NatoApplyEvent(job, url);
    this.dispatchEvent(apply);
    if (apply.defaultPrevented) event.preventDefault();
  }

  private onSearchInput(event: InputEvent): void {
    this.filters = { ...this.filters, query: (event.target as HTMLInputElement).value };
    this.visibleCount = this.pageSizeValue;
    this.writeUrl('replace');
  }

  private onFacetChange(facet: Facet, event: Event): void {
    this.filters = { ...this.filters, [facet]: (event.target as HTMLSelectElement).value };
    this.visibleCount = this.pageSizeValue;
    this.writeUrl('push');
  }

  private onSortChange(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as JobSort;
    this.writeUrl('push');
  }

  private clearFilters(): void {
    this.filters = NO_FILTERS;
    this.visibleCount = this.pageSizeValue;
    this.writeUrl('push');
    // The button disappears with the filters; put the reader back at the search box.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  }

  private showMore(): void {
    this.focusJobAt = this.visibleCount;
    this.visibleCount += this.pageSizeValue;
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcement = this.resultsText), ANNOUNCE_DELAY_MS);
  }

  private readonly onPopState = () => {
    if (this.urlPrefix) this.readUrl(this.urlPrefix);
  };

  /** Starts (or stops) mirroring the URL when `sync-url` changes, and reads the URL's state. */
  private claimUrl(): void {
    const wanted = this.syncUrl == null ? undefined : paramPrefix(this.syncUrl);
    if (wanted === this.urlPrefix) return;
    if (this.urlPrefix) releasePrefix(this.urlPrefix, this);
    this.urlPrefix = undefined;
    if (!wanted) return;
    if (!claimPrefix(wanted, this)) {
      this.reportMisconfiguration(
        'sync-url',
        `another <nato-job-list> on this page already mirrors its state in the URL parameters "${wanted}…"; give each list its own sync-url value (sync-url="nspa" → "nspa-q", "nspa-org" …). This one does not change the URL.`,
      );
      return;
    }
    this.urlPrefix = wanted;
    this.readUrl(wanted);
  }

  private readUrl(prefix: string): void {
    const state = readUrlState(prefix);
    this.filters = { ...state.filters, query: state.filters.query || this.query || '' };
    this.sort = state.sort ?? 'closing';
    this.expanded = new Set(state.open ? [state.open] : []);
    this.revealJob = state.open;
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.urlPrefix) return;
    writeUrlState(this.urlPrefix, { filters: this.filters, sort: this.sort, open: [...this.expanded].pop() }, mode);
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
