import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { readJobs } from '../../data/read-jobs.js';
import { readOrganization } from '../../data/read-organization.js';
import type { CareersFeed, Job, LocalizedText, Organization } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { NatoApplyEvent } from '../../events/nato-apply.js';
import { heading } from '../../internal/heading.js';
import { calendarDaysBetween, parseFeedDate, type FormatKind } from '../../internal/localize.js';
import { NatoFeedElement } from '../../internal/nato-feed-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { styles } from './job-detail.styles.js';
import { jobDetailStrings, type JobDetailStrings } from './job-detail.strings.js';
import { appendJsonLd, jobPosting, scriptJson } from './job-posting.js';

/** What the element reads from a feed: its jobs, and what links and structured data need. */
export interface JobDetailData {
  jobs: Job[];
  /** The feed's `careersUrl`, when safe: the "see all vacancies" link. */
  careersUrl?: string;
  organization?: Organization;
}

/** The feed's own `careersUrl` field, if it is a safe URL. */
function careersUrlOf(feed: unknown, source: string): string | undefined {
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed) || !Object.hasOwn(feed, 'careersUrl')) return undefined;
  return safeUrl((feed as { careersUrl: unknown }).careersUrl, source === 'data' ? document.baseURI : source);
}

/**
 * One vacancy on its own page: everything about it, a safe Apply link near the top and at the
 * end, and schema.org `JobPosting` structured data (JSON-LD) in the page's `<head>` for search
 * engines. Example vacancies (`illustrative`) are labelled and have no Apply link; closed ones
 * say so; neither carries structured data.
 *
 * @summary One vacancy in full, with Apply links and JobPosting JSON-LD for search engines.
 * @tag nato-job-detail
 *
 * @csspart base - The whole element.
 * @csspart job - The vacancy.
 * @csspart header - The vacancy's title block.
 * @csspart heading - The vacancy's title.
 * @csspart illustrative - The "Example vacancy" label.
 * @csspart organization - The organisation and unit line.
 * @csspart notice - The note on an example or closed vacancy; a closed one also has the part `closed`.
 * @csspart facts - The list of facts (reference, grade, contract, workplace, locations, dates).
 * @csspart fact - One fact.
 * @csspart fact-label - A fact's name.
 * @csspart fact-value - A fact's value.
 * @csspart summary - The summary paragraph.
 * @csspart section - The description, requirements and eligibility sections.
 * @csspart section-heading - Their headings.
 * @csspart paragraph - A paragraph of the description.
 * @csspart requirements - The list of requirements.
 * @csspart apply - Both Apply links (also `apply-top` and `apply-bottom`).
 * @csspart no-apply - The note shown when an open vacancy has no Apply link.
 * @csspart not-found - The message when the vacancy is not in the feed.
 * @csspart careers-link - The link to all vacancies in the not-found message.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 *
 * @fires nato-load - The feed has loaded and the vacancy (or the not-found message) is on screen; `event.data` is the job, or `null` when it is not found.
 * @fires nato-error - The feed could not be loaded; `event.error.kind` says why.
 * @fires nato-apply - An Apply link was activated; cancelable, `event.job` and `event.url` say which.
 */
export class NatoJobDetail extends NatoFeedElement<JobDetailData, CareersFeed | readonly unknown[]> {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    jobId: { attribute: 'job-id' },
    idParam: { attribute: 'id-param' },
    urlId: { state: true },
  };

  protected static override strings = jobDetailStrings;

  protected static override formats: readonly FormatKind[] = ['dates', 'relative'];

  /** The `id` of the vacancy to show. */
  jobId?: string;

  /**
   * The name of a query parameter of the page's URL that holds the vacancy's id
   * (`id-param="id"` on `job.html?id=…`); when the page's URL has it, it wins over `job-id`.
   * Followed on back and forward navigation (`popstate`).
   */
  idParam?: string;

  /** The id read from the page's URL through `id-param`. */
  private urlId?: string;

  /** The JSON-LD script this element put in the head, and its text. */
  private jsonLd?: { script?: HTMLScriptElement; json: string };

  private readonly onPopState = () => this.readUrlId();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.readUrlId();
    // The structured data removed on disconnect comes back with the element.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.syncJsonLd(undefined);
  }

  private readUrlId(): void {
    this.urlId = this.idParam ? (new URL(location.href).searchParams.get(this.idParam) ?? undefined) : undefined;
  }

  /** The id of the vacancy to show: from the page's URL, else `job-id`. */
  private get wantedId(): string | undefined {
    return (this.idParam && this.urlId) || this.jobId || undefined;
  }

  private findJob(data: JobDetailData | undefined): Job | undefined {
    const id = this.wantedId;
    return id === undefined ? undefined : data?.jobs.find((job) => job.id === id);
  }

  protected override select(feed: unknown, source: string): JobDetailData {
    const jobs = readJobs(feed, source);
    if (Array.isArray(feed)) return { jobs };
    return { jobs, careersUrl: careersUrlOf(feed, source), organization: readOrganization(feed, source) };
  }

  protected override isEmpty(data: JobDetailData): boolean {
    return this.findJob(data) === undefined;
  }

  protected override shownData(data: JobDetailData): unknown {
    return this.findJob(data) ?? null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('idParam')) this.readUrlId();
    const data = this.value;
    if (!data) return;
    const id = this.wantedId;
    if (id === undefined) {
      this.reportMisconfiguration(
        'job-id',
        this.idParam
          ? `the page's URL has no "${this.idParam}" parameter and there is no job-id attribute: no vacancy to show. Example: ?${this.idParam}=${data.jobs[0]?.id ?? 'vacancy-id'}.`
          : `no vacancy to show: set job-id to a vacancy's id (job-id="${data.jobs[0]?.id ?? 'vacancy-id'}"), or id-param to the name of the page's query parameter that holds it.`,
      );
    } else if (!this.findJob(data)) {
      this.clearMisconfiguration('job-id');
      const ids = data.jobs.slice(0, 5).map((job) => `"${job.id}"`);
      this.reportMisconfiguration(
        `job-id:${id}`,
        `no vacancy with the id "${id}" in the feed${ids.length ? `; its ids include ${ids.join(', ')}` : ' (it has no vacancies)'}.`,
      );
    } else {
      this.clearMisconfiguration('job-id');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only the head changes here: nothing that updates this element again.
    const data = this.value;
    const job = this.feedState === 'loaded' ? this.findJob(data) : undefined;
    const listed = job && !job.illustrative && !this.isClosed(job);
    this.syncJsonLd(
      listed
        ? scriptJson(
            jobPosting(job, {
              lang: this.contentLang,
              organization: data?.organization,
              careersUrl: data?.careersUrl,
              pageUrl: location.href,
            }),
          )
        : undefined,
    );
  }

  /** Puts `json` in the head (replacing this element's earlier script), or removes it. */
  private syncJsonLd(json: string | undefined): void {
    if (this.jsonLd?.json === json) return;
    this.jsonLd?.script?.remove();
    this.jsonLd = json === undefined ? undefined : { json, script: appendJsonLd(json, this) };
  }

  private closingDate(job: Job): Date | undefined {
    return job.closingAt ? parseFeedDate(job.closingAt, true) : undefined;
  }

  private isClosed(job: Job): boolean {
    const closing = this.closingDate(job);
    return closing !== undefined && closing.getTime() < Date.now();
  }

  /** Feed text in the reader's language, and the `lang` of what was picked when it differs. */
  private text(text: LocalizedText | undefined): { text: string; lang?: string } {
    return pickText(text, this.contentLang, this.plainLang);
  }

  private textSpan(text: LocalizedText | undefined, part?: string): TemplateResult | typeof nothing {
    const picked = this.text(text);
    return picked.text ? html`<span part=${part ?? nothing} lang=${picked.lang ?? nothing}>${picked.text}</span>` : nothing;
  }

  private onApply(event: MouseEvent, job: Job, url: string): void {
    const apply = new NatoApplyEvent(job, url);
    this.dispatchEvent(apply);
    if (apply.defaultPrevented) event.preventDefault();
  }

  private renderApply(job: Job, strings: JobDetailStrings, where: 'top' | 'bottom'): unknown {
    const url = safeUrl(job.applyUrl);
    if (!url) return where === 'top' ? html`<p class="no-apply" part="no-apply">${strings.noApplyLink}</p>` : nothing;
    const newTab = !url.startsWith('mailto:');
    const title = this.text(job.title);
    return html`<p class="apply-row apply-row--${where}">
      <a
        class="button button--primary apply"
        part=${`apply apply-${where}`}
        href=${url}
        target=${newTab ? '_blank' : nothing}
        rel=${newTab ? 'noopener noreferrer' : nothing}
        @click=${(event: MouseEvent) => this.onApply(event, job, url)}
        >${strings.apply}<span class="visually-hidden"
          ><span lang=${title.lang ?? nothing}> ${strings.applyFor(title.text)}</span>${newTab ? ` ${strings.newTab}` : ''}</span
        ></a
      >
    </p>`;
  }

  private fact(label: string, value: unknown): TemplateResult {
    return html`<div class="fact" part="fact">
      <dt part="fact-label">${label}</dt>
      <dd part="fact-value">${value}</dd>
    </div>`;
  }

  private renderFacts(job: Job, strings: JobDetailStrings): TemplateResult {
    const format = this.format;
    const places = (job.locations ?? []).map((place) => {
      const city = this.text(place.city);
      const country = format.region(place.country);
      return html`<span class="place"
        >${city.text ? html`<span lang=${city.lang ?? nothing}>${city.text}</span>, ` : nothing}${country}</span
      >`;
    });
    const closing = this.closingDate(job);
    const posted = job.postedAt ? parseFeedDate(job.postedAt) : undefined;
    let closingValue: unknown = strings.openUntilFilled;
    if (closing) {
      const date = html`<time datetime=${job.closingAt!}>${format.date(closing)}</time>`;
      closingValue = this.isClosed(job)
        ? html`${strings.closedOn('')}${date}`
        : html`${strings.closes(format.relativeDays(calendarDaysBetween(new Date(), closing)))}<span aria-hidden="true">
              · </span
            ><span class="visually-hidden">, </span>${date}`;
    }
    const contract = job.contractType ? (strings.contractTypes[job.contractType] ?? job.contractType) : undefined;
    const workplace = job.workplaceType ? (strings.workplaceTypes[job.workplaceType] ?? job.workplaceType) : undefined;
    return html`<dl class="facts" part="facts">
      ${places.length ? this.fact(places.length > 1 ? strings.locations : strings.location, places) : nothing}
      ${job.grade ? this.fact(strings.grade, job.grade) : nothing} ${contract ? this.fact(strings.contractType, contract) : nothing}
      ${workplace ? this.fact(strings.workplace, workplace) : nothing}
      ${posted ? this.fact(strings.posted, html`<time datetime=${job.postedAt!}>${format.date(posted)}</time>`) : nothing}
      ${this.fact(strings.closing, closingValue)} ${job.reference ? this.fact(strings.reference, job.reference) : nothing}
    </dl>`;
  }

  protected override renderContent(data: JobDetailData): unknown {
    const job = this.findJob(data);
    if (!job) return nothing;
    const strings = this.pickStrings(jobDetailStrings);
    const title = this.text(job.title);
    const closed = this.isClosed(job);
    const open = !job.illustrative && !closed;
    const tag = heading(this.level);
    const subTag = heading(this.level + 1);
    const summary = this.text(job.summary);
    const eligibility = this.text(job.eligibility);
    const section = (name: string, label: string, body: unknown) =>
      html`<section class="section section--${name}" part=${`section ${name}`}>
        ${staticHtml`<${subTag} class="section-heading" part="section-heading">${label}</${subTag}>`} ${body}
      </section>`;
    return html`<div class="job" part="job">
      <header class="job-header" part="header">
        ${job.illustrative ? html`<p class="tag" part="illustrative">${strings.illustrative}</p>` : nothing}
        ${staticHtml`<${tag} class="title" part="heading" lang=${title.lang ?? nothing}>${title.text}</${tag}>`}
        ${job.organization || job.unit
          ? html`<p class="organization" part="organization">
              ${this.textSpan(job.organization)}${job.organization && job.unit
                ? html`<span aria-hidden="true"> · </span><span class="visually-hidden">, </span>`
                : nothing}${this.textSpan(job.unit)}
            </p>`
          : nothing}
      </header>
      ${job.illustrative
        ? html`<p class="notice" part="notice">${strings.illustrativeNote}</p>`
        : closed
          ? html`<p class="notice notice--closed" part="notice closed">${strings.closed}</p>`
          : this.renderApply(job, strings, 'top')}
      ${this.renderFacts(job, strings)}
      ${summary.text ? html`<p class="summary" part="summary" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
      ${job.description?.length
        ? section(
            'description',
            strings.about,
            job.description.map((paragraph) => {
              const picked = this.text(paragraph);
              return html`<p part="paragraph" lang=${picked.lang ?? nothing}>${picked.text}</p>`;
            }),
          )
        : nothing}
      ${job.requirements?.length
        ? section(
            'requirements',
            strings.requirements,
            html`<ul class="requirements" part="requirements">
              ${job.requirements.map((item) => {
                const picked = this.text(item);
                return html`<li lang=${picked.lang ?? nothing}>${picked.text}</li>`;
              })}
            </ul>`,
          )
        : nothing}
      ${eligibility.text
        ? section('eligibility', strings.eligibility, html`<p lang=${eligibility.lang ?? nothing}>${eligibility.text}</p>`)
        : nothing}
      ${open && safeUrl(job.applyUrl) ? this.renderApply(job, strings, 'bottom') : nothing}
    </div>`;
  }

  protected override renderEmpty(): unknown {
    const strings = this.pickStrings(jobDetailStrings);
    const careersUrl = this.value?.careersUrl;
    const tag = heading(this.level);
    return html`<div class="message not-found" part="not-found">
      ${staticHtml`<${tag} class="not-found-title">${strings.notFoundTitle}</${tag}>`}
      <p>${this.wantedId === undefined ? strings.noJobChosen : strings.notFound}</p>
      ${careersUrl ? html`<p><a class="button" part="careers-link" href=${careersUrl}>${strings.allVacancies}</a></p>` : nothing}
    </div>`;
  }

  protected override renderLoading(): unknown {
    const line = html`<span class="skeleton skeleton--line"></span>`;
    const short = html`<span class="skeleton skeleton--line skeleton--short"></span>`;
    const fact = html`<div class="fact"><span class="skeleton skeleton--label"></span>${short}</div>`;
    return html`<div class="job placeholder" aria-hidden="true">
      <div class="job-header">
        <span class="skeleton skeleton--title"></span>
        <span class="skeleton skeleton--line skeleton--short"></span>
      </div>
      <p class="apply-row"><span class="skeleton skeleton--button"></span></p>
      <div class="facts">${fact}${fact}${fact}${fact}${fact}${fact}</div>
      <div class="section">${line}${line}${short}</div>
    </div>`;
  }
}
