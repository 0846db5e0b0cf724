import { pickText } from '../../data/localized-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Job, LocalizedText } from '../../data/feed-types.js';
import { heading } from '../../internal/heading.js';
import { calendarDaysBetween, parseFeedDate, type Formatter } from '../../internal/localize.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { JobListStrings } from './job-list.strings.js';
import { placeLabel, type IndexedJob } from './job-query.js';

/** Days before closing at which a job is marked "closing soon". */
const CLOSING_SOON_DAYS = 7;
/** Days before closing at which the mark becomes urgent ("Closes today", "Closes tomorrow"). */
const CLOSING_URGENT_DAYS = 1;

/**
 * The dot between facts ends the fact before it, joined by a no-break space, so that a line
 * never starts with it; screen readers skip it.
 */
const SEPARATOR = html`<span class="sep" aria-hidden="true">\u00a0·</span>`;

/** What drawing a job needs from the list: language, strings, heading level and callbacks. */
export interface JobItemContext {
  strings: JobListStrings;
  format: Formatter;
  /** The language for feed text. */
  lang: string;
  /** The language of the feed's plain strings. */
  plainLang: string;
  /** The heading level of job titles. */
  level: number;
  onToggle(entry: IndexedJob): void;
  onApply(event: MouseEvent, job: Job, url: string): void;
}

/** How close a job's closing date is: none, soon (within a week), or urgent (today or tomorrow). */
export function closingUrgency(closing: Date | undefined, now = new Date()): '' | 'soon' | 'urgent' {
  if (!closing) return '';
  const daysLeft = calendarDaysBetween(now, closing);
  return daysLeft <= CLOSING_URGENT_DAYS ? 'urgent' : daysLeft < CLOSING_SOON_DAYS ? 'soon' : '';
}

/**
 * One job of the list: its title is the button that opens it (a disclosure inside a heading),
 * then one line of facts, its closing date and, when open, its details and Apply links.
 */
export function renderJobItem(entry: IndexedJob, open: boolean, context: JobItemContext): TemplateResult {
  const { job } = entry;
  const { strings, format, lang, plainLang, level } = context;
  const detailsId = `details-${entry.key}`;
  const contract = job.contractType ? (strings.contractTypes[job.contractType] ?? job.contractType) : undefined;
  const organization = pickText(job.organization, lang, plainLang);
  const places = (job.locations ?? []).map((place) => placeLabel(place, lang, format));
  const facts: { text: string; lang?: string }[] = [
    organization,
    { text: places.length ? format.list(places) : '' },
    { text: job.grade ? strings.gradeValue(job.grade) : '' },
    { text: contract ?? '' },
  ].filter((fact) => fact.text);
  return html`<li class="item ${open ? 'item--open' : ''}" part="item" data-job=${entry.key}>
    ${staticHtml`<${heading(level)} class="title" part="title">
      <button
        class="toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? detailsId : nothing}
        @click=${() => context.onToggle(entry)}
      ><span class="chevron" aria-hidden="true"></span><span lang=${entry.titleLang ?? nothing}>${entry.title}</span></button>
    </${heading(level)}>`}
    <p class="meta" part="meta">
      ${job.illustrative ? html`<span class="tag" part="tag">${strings.illustrative}</span> ` : nothing}${facts.map(
        (fact, i) =>
          html`<span class="fact" lang=${fact.lang ?? nothing}>${fact.text}${i < facts.length - 1 ? SEPARATOR : nothing}</span> `,
      )}
    </p>
    ${renderClosing(entry, context)} ${open ? renderDetails(entry, detailsId, context) : nothing}
  </li>`;
}

/** "Closes in 3 days · 28 November 2026"; within a week the first half is marked, today and tomorrow strongly. */
function renderClosing({ closing, job }: IndexedJob, { strings, format }: JobItemContext): TemplateResult {
  if (!closing) return html`<p class="closing" part="closing"><span class="fact">${strings.openUntilFilled}</span></p>`;
  const urgency = closingUrgency(closing);
  const relative = strings.closes(format.relativeDays(calendarDaysBetween(new Date(), closing)));
  return html`<p class="closing" part="closing">
    <span class="fact"
      >${urgency ? html`<strong class="badge badge--${urgency}" part="badge">${relative}</strong>` : relative}${SEPARATOR}</span
    >
    <time class="fact" datetime=${job.closingAt!.slice(0, 10)}>${format.date(closing)}</time>
  </p>`;
}

function renderApply(entry: IndexedJob, context: JobItemContext, where: 'top' | 'end'): TemplateResult {
  const { job } = entry;
  const { strings } = context;
  if (job.illustrative) {
    return where === 'top' ? html`<p class="note" part="note">${strings.illustrativeNote}</p>` : html``;
  }
  const url = safeUrl(job.applyUrl);
  if (!url) return where === 'top' ? html`<p class="note" part="note">${strings.noApplyLink}</p>` : html``;
  // A mail link opens the mail program: a new tab would only be left empty.
  const newTab = !url.startsWith('mailto:');
  return html`<p class="actions actions--${where}">
    <a
      class="button button--primary apply"
      part="apply"
      href=${url}
      target=${newTab ? '_blank' : nothing}
      rel=${newTab ? 'noopener noreferrer' : nothing}
      @click=${(event: MouseEvent) => context.onApply(event, job, url)}
      >${strings.apply}<span class="visually-hidden">
        <span lang=${entry.titleLang ?? nothing}>${entry.title}</span>${newTab ? ` ${strings.newTab}` : ''}</span
      ></a
    >
  </p>`;
}

function renderDetails(entry: IndexedJob, id: string, context: JobItemContext): TemplateResult {
  const { job } = entry;
  const { strings, format, lang, plainLang } = context;
  const level = context.level + 1;
  // Feed text carries its language when it fell back to another one than the reader's.
  const pick = (value: LocalizedText) => pickText(value, lang, plainLang);
  const paragraph = (value: LocalizedText, className?: string) => {
    const picked = pick(value);
    return html`<p class=${className ?? nothing} lang=${picked.lang ?? nothing}>${picked.text}</p>`;
  };
  const listItem = (value: LocalizedText) => {
    const picked = pick(value);
    return html`<li lang=${picked.lang ?? nothing}>${picked.text}</li>`;
  };
  const fact = (label: string, value: unknown, valueLang?: string) =>
    html`<div class="fact-row"><dt>${label}</dt><dd lang=${valueLang ?? nothing}>${value}</dd></div>`;
  const workplace = job.workplaceType ? (strings.workplaceTypes[job.workplaceType] ?? job.workplaceType) : undefined;
  const unit = job.unit ? pick(job.unit) : undefined;
  const eligibility = job.eligibility ? pick(job.eligibility) : undefined;
  const hasBody = Boolean(job.summary || job.description?.length || job.requirements?.length);
  return html`<div class="details" part="details" id=${id}>
    ${renderApply(entry, context, 'top')}
    <dl class="facts" part="facts" aria-label=${strings.jobFacts}>
      ${unit?.text ? fact(strings.unit, unit.text, unit.lang) : nothing}
      ${workplace ? fact(strings.workplace, workplace) : nothing}
      ${eligibility?.text ? fact(strings.eligibility, eligibility.text, eligibility.lang) : nothing}
      ${job.reference ? fact(strings.referenceLabel, job.reference) : nothing}
      ${job.postedAt
        ? fact(strings.posted, html`<time datetime=${job.postedAt.slice(0, 10)}>${format.date(parseFeedDate(job.postedAt))}</time>`)
        : nothing}
    </dl>
    ${job.summary ? paragraph(job.summary, 'lead') : nothing} ${(job.description ?? []).map((text) => paragraph(text))}
    ${job.requirements?.length
      ? html`${staticHtml`<${heading(level)} class="subheading">${strings.requirements}</${heading(level)}>`}
          <ul>
            ${job.requirements.map(listItem)}
          </ul>`
      : nothing}
    ${hasBody ? renderApply(entry, context, 'end') : nothing}
  </div>`;
}
