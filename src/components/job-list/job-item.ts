import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Job, LocalizedText } from '../../data/feed-types.js';
import { pickText } from '../../data/localized-text.js';
import { heading } from '../../internal/heading.js';
import { calendarDaysBetween, parseFeedDate, type Formatter } from '../../internal/localize.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { JobListStrings } from './job-list.strings.js';
import { placeLabel, type IndexedJob } from './job-query.js';

/** Days before closing at which a job is marked "closing soon". */
const CLOSING_SOON_DAYS = 7;

/** What drawing a job needs from the list: language, strings, heading level and callbacks. */
export interface JobItemContext {
  strings: JobListStrings;
  format: Formatter;
  /** The language for feed text. */
  lang: string;
  /** The heading level of job titles. */
  level: number;
  onToggle(entry: IndexedJob): void;
  onApply(event: MouseEvent, job: Job, url: string): void;
}

/**
 * One job of the list: its title is the button that opens it (a disclosure inside a heading),
 * then its facts, its closing date and, when open, its details and Apply link.
 */
export function renderJobItem(entry: IndexedJob, open: boolean, context: JobItemContext): TemplateResult {
  const { job } = entry;
  const { strings, format, lang, level } = context;
  const detailsId = `details-${entry.key}`;
  const contract = job.contractType ? (strings.contractTypes[job.contractType] ?? job.contractType) : undefined;
  const organization = pickText(job.organization, lang);
  const places = (job.locations ?? []).map((place) => placeLabel(place, lang, format));
  return html`<li class="item" part="item" data-job=${entry.key}>
    ${staticHtml`<${heading(level)} class="title" part="title">
      <button
        class="toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? detailsId : nothing}
        @click=${() => context.onToggle(entry)}
      ><span lang=${entry.titleLang ?? nothing}>${entry.title}</span><span class="chevron" aria-hidden="true"></span></button>
    </${heading(level)}>`}
    <p class="meta" part="meta">
      ${organization.text ? html`<span lang=${organization.lang ?? nothing}>${organization.text}</span>` : nothing}
      ${places.length ? html`<span>${format.list(places)}</span>` : nothing}
      ${job.grade ? html`<span>${strings.gradeValue(job.grade)}</span>` : nothing}
      ${contract ? html`<span>${contract}</span>` : nothing}
      ${job.reference ? html`<span>${strings.reference} ${job.reference}</span>` : nothing}
    </p>
    ${renderClosing(entry, context)} ${open ? renderDetails(entry, detailsId, context) : nothing}
  </li>`;
}

function renderClosing({ closing, job }: IndexedJob, { strings, format }: JobItemContext): TemplateResult {
  if (!closing) return html`<p class="closing" part="closing">${strings.openUntilFilled}</p>`;
  const daysLeft = calendarDaysBetween(new Date(), closing);
  const soon = daysLeft < CLOSING_SOON_DAYS;
  return html`<p class="closing ${soon ? 'closing--soon' : ''}" part="closing">
    <span>${strings.closes(format.relativeDays(daysLeft))}</span>
    <time datetime=${job.closingAt!}>${format.date(closing)}</time>
    ${soon ? html`<span class="badge" part="badge">${strings.closingSoon}</span>` : nothing}
  </p>`;
}

function renderDetails(entry: IndexedJob, id: string, context: JobItemContext): TemplateResult {
  const { job } = entry;
  const { strings, format, lang } = context;
  const level = context.level + 1;
  // Feed text carries its language when it fell back to another one than the reader's.
  const paragraph = (value: LocalizedText, className?: string) => {
    const picked = pickText(value, lang);
    return html`<p class=${className ?? nothing} lang=${picked.lang ?? nothing}>${picked.text}</p>`;
  };
  const listItem = (value: LocalizedText) => {
    const picked = pickText(value, lang);
    return html`<li lang=${picked.lang ?? nothing}>${picked.text}</li>`;
  };
  const subheading = (label: string) => staticHtml`<${heading(level)} class="subheading">${label}</${heading(level)}>`;
  const url = safeUrl(job.applyUrl);
  // A mail link opens the mail program: a new tab would only be left empty.
  const newTab = url !== undefined && !url.startsWith('mailto:');
  const workplace = job.workplaceType ? (strings.workplaceTypes[job.workplaceType] ?? job.workplaceType) : undefined;
  return html`<div class="details" part="details" id=${id}>
    ${job.unit ? paragraph(job.unit, 'unit') : nothing}
    ${job.summary ? paragraph(job.summary, 'lead') : nothing}
    ${(job.description ?? []).map((text) => paragraph(text))}
    ${job.requirements?.length
      ? html`${subheading(strings.requirements)}
          <ul>
            ${job.requirements.map(listItem)}
          </ul>`
      : nothing}
    ${job.eligibility ? html`${subheading(strings.eligibility)}${paragraph(job.eligibility)}` : nothing}
    ${workplace || job.postedAt
      ? html`<p class="facts">
          ${workplace ? html`<span>${strings.workplace}: ${workplace}</span>` : nothing}
          ${job.postedAt ? html`<span>${strings.postedOn(format.date(parseFeedDate(job.postedAt)))}</span>` : nothing}
        </p>`
      : nothing}
    ${url
      ? html`<p class="actions">
          <a
            class="button button--primary"
            part="apply"
            href=${url}
            target=${newTab ? '_blank' : nothing}
            rel=${newTab ? 'noopener noreferrer' : nothing}
            @click=${(event: MouseEvent) => context.onApply(event, job, url)}
            >${strings.apply}<span class="visually-hidden">
              ${entry.title}${newTab ? ` ${strings.newTab}` : ''}</span
            ></a
          >
        </p>`
      : html`<p class="facts">${strings.noApplyLink}</p>`}
  </div>`;
}
