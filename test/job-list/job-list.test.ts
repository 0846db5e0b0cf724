import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/job-list/job-list.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { Job } from '../../src/data/feed-types.js';
import type { NatoApplyEvent } from '../../src/events/nato-apply.js';
import type { NatoErrorEvent } from '../../src/events/nato-error.js';
import type { NatoJobSelectEvent } from '../../src/events/nato-job-select.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import { captureConsole, feedUrl, requestCount, uniqueKey } from '../data/helpers.js';
import {
  choose,
  daysFromNow,
  items,
  makeJob,
  root,
  search,
  settled,
  titles,
  toggleOf,
  visibleText,
} from './job-list-helpers.js';

/** The demo feed has 24 jobs; one closed before the feed's date, so 23 are shown. */
const OPEN_DEMO_JOBS = 23;

async function listFrom(endpoint: string, attributes = ''): Promise<NatoJobList> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<nato-job-list endpoint="${endpoint}" ${attributes}></nato-job-list>`;
  const list = container.firstElementChild as NatoJobList;
  await settled(list);
  return list;
}

async function listWith(jobs: Job[], attributes: Partial<NatoJobList> = {}): Promise<NatoJobList> {
  const list = await fixture<NatoJobList>(html`<nato-job-list .data=${jobs}></nato-job-list>`);
  Object.assign(list, attributes);
  await settled(list);
  return list;
}


/**
 * What Back or Forward does to the page: the URL of that history entry, then `popstate`. The
 * entry is entered in place, not by navigating through the session history: the test page's
 * history is shared with the runner, and a real Back can leave the test page.
 */
async function travelTo(url: string): Promise<void> {
  history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  await new Promise((resolve) => setTimeout(resolve));
}

describe('<nato-job-list>', () => {
  beforeEach(() => clearFeedCache());

  describe('loaded from an endpoint', () => {
    it('shows the heading, the count of open jobs and one item per open job', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('loaded') }));
      expect(root(list).querySelector('h2')!.textContent).to.equal('NATO is hiring now');
      expect(visibleText(root(list).querySelector('[part="count"]')!)).to.equal(`${OPEN_DEMO_JOBS} job openings`);
      expect(items(list)).to.have.length(OPEN_DEMO_JOBS);
      expect(titles(list)).to.include('Close Protection Officer');
      expect(titles(list), 'closed job').not.to.include('Budget Assistant');
      await expect(list).to.be.accessible();
    });

    it('shows each job’s organisation, location, grade, contract type and closing date, and its reference when open', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('meta') }));
      const item = toggleOf(list, 'Close Protection Officer')!.closest('li')!;
      const meta = visibleText(item.querySelector('[part="meta"]')!);
      for (const part of ['NATO International Staff', 'Brussels, Belgium', 'Grade B-3', 'Definite duration']) {
        expect(meta).to.contain(part);
      }
      const closing = item.querySelector('[part="closing"]')!;
      expect(visibleText(closing)).to.match(/^Closes in \d+ days · \d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(closing.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      toggleOf(list, 'Close Protection Officer')!.click();
      await list.updateComplete;
      const facts = item.querySelector('dl[part="facts"]')!;
      const pairs = [...facts.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
      expect(pairs).to.include('Reference: IS-JIS-CPU-2026-01');
      expect(pairs).to.include('Workplace: On site');
    });

    it('fires nato-load once the jobs are on screen, with the jobs it shows', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = oneEvent(container, 'nato-load');
      container.innerHTML = `<nato-job-list endpoint="${feedUrl({ key: uniqueKey('event') })}"></nato-job-list>`;
      const event = await loaded;
      expect(event.composed).to.be.true;
      const list = container.firstElementChild as NatoJobList;
      // Already rendered when the event fires; the closed job of the feed's 24 is not shown, nor carried.
      expect(items(list).length).to.be.greaterThan(0);
      expect(((event as unknown as NatoLoadEvent).data as Job[]).length).to.equal(OPEN_DEMO_JOBS);
    });

    it('shares one request between elements pointing at the same endpoint', async () => {
      const key = uniqueKey('shared');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = [1, 2, 3].map(() => `<nato-job-list endpoint="${feedUrl({ key, delay: 200 })}"></nato-job-list>`).join('');
      const lists = [...container.children] as NatoJobList[];
      await Promise.all(lists.map(settled));
      expect(lists.map((list) => items(list).length)).to.deep.equal([OPEN_DEMO_JOBS, OPEN_DEMO_JOBS, OPEN_DEMO_JOBS]);
      expect(await requestCount(key)).to.equal(1);
    });

    it('reads an endpoint that returns only the array of jobs', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('slice'), section: 'jobs' }));
      expect(items(list)).to.have.length(OPEN_DEMO_JOBS);
    });
  });

  describe('states', () => {
    it('shows a skeleton that is announced and busy while loading', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<nato-job-list endpoint="${feedUrl({ key: uniqueKey('loading'), delay: 1500 })}"></nato-job-list>`;
      const list = container.firstElementChild as NatoJobList;
      await list.updateComplete;
      const state = root(list).querySelector('.state')!;
      expect(state.getAttribute('aria-busy')).to.equal('true');
      // Announced once, by the status region (the placeholder itself is hidden).
      expect(root(list).querySelector('[role="status"]')!.textContent).to.equal('Loading job openings…');
      expect(visibleText(root(list).querySelector('.state')!)).not.to.contain('Loading');
      expect(root(list).querySelectorAll('.item--placeholder').length).to.be.greaterThan(0);
      expect(root(list).querySelector('[part="error"]')).to.be.null;
      await expect(list).to.be.accessible();
    });

    it('shows an alert with a retry button when the endpoint fails, and recovers on retry', async () => {
      const key = uniqueKey('retry');
      const errors = captureConsole('error');
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const failed = oneEvent(container, 'nato-error');
        container.innerHTML = `<nato-job-list endpoint="${feedUrl({ key, status: 403, failTimes: 1 })}"></nato-job-list>`;
        const list = container.firstElementChild as NatoJobList;
        const event = (await failed) as unknown as NatoErrorEvent;
        expect(event.error.kind).to.equal('http');
        expect(event.error.status).to.equal(403);
        await settled(list);
        const alert = root(list).querySelector('[role="alert"]')!;
        expect(visibleText(alert)).to.contain('The careers service is unavailable right now.');
        expect(errors.messages.some((message) => message.includes('403'))).to.be.true;
        await expect(list).to.be.accessible();

        const retry = root(list).querySelector<HTMLButtonElement>('[part="retry"]')!;
        expect(retry.textContent!.trim()).to.equal('Try again');
        retry.click();
        await list.updateComplete;
        expect(root(list).querySelector('.state')!.getAttribute('aria-busy'), 'loading again').to.equal('true');
        await settled(list);
        expect(items(list)).to.have.length(OPEN_DEMO_JOBS);
        expect(root(list).querySelector('[role="alert"]')).to.be.null;
        expect(list.shadowRoot!.activeElement, 'focus stays in the widget').to.equal(root(list).querySelector('.state'));
      } finally {
        errors.restore();
      }
    });

    it('says what went wrong for each kind of failure', async () => {
      const errors = captureConsole('error');
      try {
        const cases: [Record<string, string | number | true>, string][] = [
          [{ malformed: true }, 'The careers service sent something we could not read.'],
          [{ contentType: 'text/html' }, 'The careers service sent something we could not read.'],
        ];
        for (const [params, message] of cases) {
          const list = await listFrom(feedUrl({ key: uniqueKey('kinds'), ...params }));
          expect(visibleText(root(list).querySelector('[role="alert"]')!)).to.contain(message);
        }
        const timedOut = await listFrom(feedUrl({ key: uniqueKey('timeout'), delay: 2000 }), 'timeout="200"');
        expect(visibleText(root(timedOut).querySelector('[role="alert"]')!)).to.contain('taking too long');
      } finally {
        errors.restore();
      }
    });

    it('shows the empty state when the feed has no open jobs, without contradicting its heading, and links to the careers page', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('empty'), empty: true }));
      expect(visibleText(root(list).querySelector('[part="empty"]')!)).to.equal(
        'No open vacancies right now. New vacancies are published regularly. Careers at NATO',
      );
      expect(root(list).querySelector('h2')!.textContent).to.equal('Jobs at NATO');
      expect(root(list).querySelector('[part="count"]'), 'no "0 job openings" beside it').to.be.null;
      const link = root(list).querySelector<HTMLAnchorElement>('[part="empty"] a')!;
      expect(link.href).to.equal('https://www.nato.int/cps/en/natolive/recruit-hq-e.htm');
      await expect(list).to.be.accessible();
      const bare = await listWith([makeJob({ closingAt: daysFromNow(-2) })]);
      expect(root(bare).querySelector('[part="empty"] a'), 'no careers page without a feed that names one').to.be.null;
    });

    it('renders the valid jobs of a partly invalid feed and warns about each broken one', async () => {
      const warnings = captureConsole('warn');
      try {
        const list = await listFrom(feedUrl({ key: uniqueKey('invalid'), invalid: true }));
        expect(items(list)).to.have.length(OPEN_DEMO_JOBS + 1);
        expect(warnings.messages.some((message) => message.includes('jobs[1] skipped: jobs[1].title: is required'))).to.be
          .true;
        expect(warnings.messages.some((message) => message.includes('jobs[3].applyUrl ignored'))).to.be.true;
        const unsafe = toggleOf(list, 'Job with an unsafe apply link')!;
        unsafe.click();
        await list.updateComplete;
        expect(unsafe.closest('li')!.querySelector('a')).to.be.null;
      } finally {
        warnings.restore();
      }
    });

    it('stops caring, silently, when removed mid-request, while others on the request still load', async () => {
      const key = uniqueKey('removed');
      const errors = captureConsole('error');
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = [1, 2].map(() => `<nato-job-list endpoint="${feedUrl({ key, delay: 400 })}"></nato-job-list>`).join('');
        const [removed, kept] = [...container.children] as NatoJobList[];
        let errorEvents = 0;
        removed.addEventListener('nato-error', () => errorEvents++);
        await removed.updateComplete;
        removed.remove();
        await settled(kept);
        await aTimeout(100);
        expect(items(kept)).to.have.length(OPEN_DEMO_JOBS);
        expect(errorEvents).to.equal(0);
        expect(root(removed).querySelector('[role="alert"]')).to.be.null;
        expect(errors.messages).to.deep.equal([]);
        // Put back, it loads again (from the shared cache).
        container.append(removed);
        await settled(removed);
        expect(items(removed)).to.have.length(OPEN_DEMO_JOBS);
      } finally {
        errors.restore();
      }
    });
  });

  describe('plurals and languages', () => {
    it('counts one and many in English', async () => {
      const one = await listWith([makeJob()]);
      expect(visibleText(root(one).querySelector('[part="count"]')!)).to.equal('1 job opening');
      const twelve = await listWith(Array.from({ length: 12 }, () => makeJob()));
      expect(visibleText(root(twelve).querySelector('[part="count"]')!)).to.equal('12 job openings');
    });

    it('speaks French from its lang attribute, with French plurals and dates', async () => {
      const jobs = [makeJob({ title: { en: 'Defence Adviser', fr: 'Conseiller en défense' }, closingAt: daysFromNow(3) })];
      const list = await fixture<NatoJobList>(html`<nato-job-list lang="fr" .data=${jobs}></nato-job-list>`);
      await settled(list);
      expect(root(list).querySelector('h2')!.textContent).to.equal('L’OTAN recrute');
      expect(visibleText(root(list).querySelector('[part="count"]')!)).to.equal('1 offre d’emploi');
      expect(titles(list)).to.deep.equal(['Conseiller en défense']);
      expect(toggleOf(list, 'Conseiller en défense')!.querySelector('[lang]'), 'French text in a French list').to.be.null;
      const closing = visibleText(root(list).querySelector('[part="closing"]')!);
      expect(closing).to.contain('Clôture dans 3 jours');
      expect(root(list).querySelector('[part="closing"] [part~="badge"]')!.textContent).to.equal('Clôture dans 3 jours');
      expect(visibleText(root(list).querySelector('[part="meta"]')!)).to.contain('Bruxelles, Belgique'.split(',')[1].trim());
      expect(root(list).querySelector('label[for="search"]')!.textContent).to.equal('Rechercher un poste');
      await expect(list).to.be.accessible();
    });

    it('marks feed text that fell back to another language with its lang', async () => {
      const jobs = [
        makeJob({
          title: { en: 'Legal Adviser', de: 'Rechtsberater' },
          organization: { en: 'NATO International Staff', fr: 'Secrétariat international de l’OTAN' },
          summary: { en: 'English only.' },
          description: [{ fr: 'En français.', en: 'In English.' }],
        }),
      ];
      const list = await fixture<NatoJobList>(html`<nato-job-list lang="fr" .data=${jobs}></nato-job-list>`);
      await settled(list);
      const toggle = toggleOf(list, 'Legal Adviser')!;
      expect(toggle.querySelector('span:not(.chevron)')!.getAttribute('lang')).to.equal('en');
      expect(root(list).querySelector('[part="meta"] span')!.hasAttribute('lang'), 'organisation is in French').to.be.false;
      toggle.click();
      await list.updateComplete;
      expect(root(list).querySelector('.lead')!.getAttribute('lang')).to.equal('en');
      const description = [...root(list).querySelectorAll('[part="details"] p')].find((p) => p.textContent === 'En français.')!;
      expect(description.hasAttribute('lang')).to.be.false;
      await expect(list).to.be.accessible();
    });

    it('follows the nearest ancestor’s lang, also when it changes', async () => {
      const jobs = Array.from({ length: 2 }, () => makeJob());
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><nato-job-list .data=${jobs}></nato-job-list></div>`);
      const list = wrapper.querySelector('nato-job-list')!;
      await settled(list);
      expect(visibleText(root(list).querySelector('[part="count"]')!)).to.equal('2 job openings');
      wrapper.lang = 'fr-BE';
      await waitUntil(() => visibleText(root(list).querySelector('[part="count"]')!) === '2 offres d’emploi');
    });

    it('uses French singular for zero', async () => {
      const list = await listWith([makeJob(), makeJob()], { lang: 'fr' } as Partial<NatoJobList>);
      await search(list, 'zzzz');
      expect(visibleText(root(list).querySelector('[part="empty"] p')!)).to.equal('Aucune offre ne correspond à votre recherche.');
      expect(visibleText(root(list).querySelector('[part="results"]')!), 'said once, by the message').to.equal('');
      const status = [...root(list).querySelectorAll('[role="status"]')].at(-1)!;
      await waitUntil(() => status.textContent!.trim() === '0 offre correspond', 'French singular for zero was not announced');
    });
  });

  describe('finding jobs', () => {
    it('searches title, organisation, location and reference without case or accents', async () => {
      const list = await listWith([
        makeJob({ title: { en: 'Defence Adviser', fr: 'Conseillère en défense' } }),
        makeJob({ title: 'Procurement Officer', organization: 'NSPA', locations: [{ city: 'Capellen', country: 'LU' }] }),
        makeJob({ title: 'Cyber Security Engineer', reference: 'NCIA-26-0087', organization: 'NCIA' }),
      ]);
      await search(list, 'DÉFENSE');
      expect(titles(list)).to.deep.equal(['Defence Adviser']);
      await search(list, 'conseillere');
      expect(titles(list)).to.deep.equal(['Defence Adviser']);
      await search(list, 'nspa');
      expect(titles(list)).to.deep.equal(['Procurement Officer']);
      await search(list, 'luxembourg');
      expect(titles(list)).to.deep.equal(['Procurement Officer']);
      await search(list, 'ncia-26-0087');
      expect(titles(list)).to.deep.equal(['Cyber Security Engineer']);
      await search(list, 'cyber engineer');
      expect(titles(list)).to.deep.equal(['Cyber Security Engineer']);
      expect(visibleText(root(list).querySelector('[part="results"]')!)).to.equal('1 job matches');
    });

    it('filters by organisation, location, grade and contract type, with counts', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('filters') }));
      const organizationOptions = [...root(list).querySelectorAll('#filter-organization option')].map((option) =>
        option.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(organizationOptions).to.include('NSPA (6)');

      await choose(list, 'organization', 'nspa');
      expect(items(list)).to.have.length(6);
      await choose(list, 'location', 'LU:capellen');
      expect(items(list)).to.have.length(5);
      await choose(list, 'grade', 'A-2');
      expect(titles(list).sort()).to.deep.equal(['Financial Analyst', 'Procurement Officer', 'Software Developer']);
      await choose(list, 'contractType', 'temporary');
      expect(titles(list)).to.deep.equal(['Software Developer']);
      expect(visibleText(root(list).querySelector('[part="results"]')!)).to.equal('1 job matches');
      await expect(list).to.be.accessible();
    });

    it('offers "no jobs match" with a button that clears every filter', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('nomatch') }));
      await choose(list, 'organization', 'nspa');
      await search(list, 'nothing like this');
      expect(visibleText(root(list).querySelector('[part="empty"] p')!)).to.equal('No jobs match your search.');
      await expect(list).to.be.accessible();
      const clears = [...root(list).querySelectorAll('button')].filter((button) => button.textContent!.trim() === 'Clear filters');
      expect(clears, 'one Clear filters, inside the message').to.have.length(1);
      const clear = clears[0];
      expect(clear.closest('[part="empty"]')).to.exist;
      clear.click();
      await list.updateComplete;
      expect(items(list)).to.have.length(OPEN_DEMO_JOBS);
      await list.updateComplete;
      expect(list.shadowRoot!.activeElement).to.equal(root(list).querySelector('#search'));
    });

    it('sorts by closing date (default), newest and title', async () => {
      const list = await listWith([
        makeJob({ title: 'Bravo', closingAt: daysFromNow(20), postedAt: daysFromNow(-1) }),
        makeJob({ title: 'Alpha', closingAt: daysFromNow(40), postedAt: daysFromNow(-30) }),
        makeJob({ title: 'Charlie', closingAt: daysFromNow(5), postedAt: daysFromNow(-10) }),
        makeJob({ title: 'Delta', closingAt: undefined, postedAt: daysFromNow(-5) }),
      ]);
      expect(titles(list)).to.deep.equal(['Charlie', 'Bravo', 'Alpha', 'Delta']);
      await choose(list, 'sort', 'newest');
      expect(titles(list)).to.deep.equal(['Bravo', 'Delta', 'Charlie', 'Alpha']);
      await choose(list, 'sort', 'title');
      expect(titles(list)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    });

    it('announces the result count politely once typing pauses', async () => {
      const list = await listWith([makeJob({ title: 'Alpha' }), makeJob({ title: 'Beta' })]);
      await search(list, 'alp');
      const status = [...root(list).querySelectorAll('[role="status"]')].at(-1)!;
      await waitUntil(() => status.textContent!.trim() === '1 job matches', 'result count was not announced');
    });

    it('hides closed jobs and marks those closing within a week, today and tomorrow more strongly', async () => {
      const list = await listWith([
        makeJob({ title: 'Closed', closingAt: daysFromNow(-1) }),
        makeJob({ title: 'Today', closingAt: daysFromNow(0) }),
        makeJob({ title: 'Tomorrow', closingAt: daysFromNow(1) }),
        makeJob({ title: 'Soon', closingAt: daysFromNow(6) }),
        makeJob({ title: 'Later', closingAt: daysFromNow(7) }),
      ]);
      expect(titles(list)).to.deep.equal(['Today', 'Tomorrow', 'Soon', 'Later']);
      const badges = items(list).map((item) => item.querySelector('[part~="badge"]')?.textContent ?? '');
      expect(badges).to.deep.equal(['Closes today', 'Closes tomorrow', 'Closes in 6 days', '']);
      const strength = items(list).map((item) => item.querySelector('[part~="badge"]')?.className.match(/badge--(\w+)/)?.[1] ?? '');
      expect(strength).to.deep.equal(['urgent', 'urgent', 'soon', '']);
      const [today, , soon] = items(list).map((item) => getComputedStyle(item.querySelector('[part~="badge"]') ?? item));
      expect(today.backgroundColor, 'today is filled, unlike "in 6 days"').not.to.equal(soon.backgroundColor);
      expect(visibleText(items(list)[0].querySelector('[part="closing"]')!)).to.match(/^Closes today/);
    });

    it('shows more jobs on demand and moves focus to the first new one', async () => {
      const list = await listWith(Array.from({ length: 60 }, (_, index) => makeJob({ title: `Job ${String(index).padStart(2, '0')}` })));
      expect(items(list)).to.have.length(25);
      const more = root(list).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.textContent!.trim()).to.equal('Show 25 more jobs');
      more.click();
      await list.updateComplete;
      expect(items(list)).to.have.length(50);
      expect(list.shadowRoot!.activeElement).to.equal(items(list)[25].querySelector('.toggle'));
      root(list).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await list.updateComplete;
      expect(items(list)).to.have.length(60);
      expect(root(list).querySelector('[part="more"]')).to.be.null;
    });
  });

  describe('job details', () => {
    it('opens with a keyboard-operable disclosure and fires nato-job-select', async () => {
      const job = makeJob({ title: 'Analyst', unit: 'Finance Directorate' });
      const list = await listWith([job]);
      const toggle = toggleOf(list, 'Analyst')!;
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.parentElement!.tagName, 'job titles are headings one level below').to.equal('H3');

      const selected = oneEvent(list, 'nato-job-select');
      toggle.focus();
      toggle.click();
      expect(((await selected) as unknown as NatoJobSelectEvent).job.id).to.equal(job.id);
      await list.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = root(list).getElementById(toggle.getAttribute('aria-controls')!)!;
      const text = visibleText(details);
      for (const part of ['Finance Directorate', 'A summary.', 'First paragraph.', 'Second paragraph.', 'Requirements', 'A degree.', 'Eligibility']) {
        expect(text).to.contain(part);
      }
      await expect(list).to.be.accessible();
      toggle.click();
      await list.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(list).querySelector('[part="details"]')).to.be.null;
    });

    it('shows jobs without organisation or location, and jobs whose ids repeat', async () => {
      const list = await listWith([
        makeJob({ title: 'Remote analyst', organization: undefined, locations: undefined, workplaceType: 'remote' }),
        makeJob({ id: 'same', title: 'First of two' }),
        makeJob({ id: 'same', title: 'Second of two' }),
      ]);
      expect(titles(list)).to.have.members(['Remote analyst', 'First of two', 'Second of two']);
      const meta = visibleText(toggleOf(list, 'Remote analyst')!.closest('li')!.querySelector('[part="meta"]')!);
      expect(meta).to.equal('Grade A-2 · Definite duration');
      toggleOf(list, 'Second of two')!.click();
      await list.updateComplete;
      expect(toggleOf(list, 'Second of two')!.getAttribute('aria-expanded')).to.equal('true');
      expect(toggleOf(list, 'First of two')!.getAttribute('aria-expanded')).to.equal('false');
      expect(root(list).querySelectorAll('[part="details"]')).to.have.length(1);
      await expect(list).to.be.accessible();
    });

    it('reads the loose shapes real feeds use: numeric ids, single values for lists, lower-case countries', async () => {
      const warnings = captureConsole('warn');
      try {
        const list = await listWith([
          {
            id: 4711,
            reference: 2026001,
            title: 'Numbered job',
            organization: 'NCIA',
            locations: { city: 'Mons', country: 'be' },
            closingAt: `${daysFromNow(10)} 17:00`,
            description: 'One paragraph.\nWith a line break.',
            requirements: 'A single requirement.',
          } as unknown as Job,
        ]);
        expect(warnings.messages).to.deep.equal([]);
        expect(titles(list)).to.deep.equal(['Numbered job']);
        const item = items(list)[0];
        expect(visibleText(item.querySelector('[part="meta"]')!)).to.contain('Mons, Belgium');
        expect(visibleText(item.querySelector('[part="closing"]')!)).to.match(/^Closes in 10 days/);
        item.querySelector<HTMLButtonElement>('.toggle')!.click();
        await list.updateComplete;
        const details = item.querySelector('[part="details"]')!;
        expect((details as HTMLElement).innerText).to.contain('One paragraph.\nWith a line break.');
        expect(details.querySelector('li')!.textContent).to.equal('A single requirement.');
        expect(item.dataset.job).to.equal('4711');
        expect(visibleText(details.querySelector('[part="facts"]')!)).to.contain('2026001');
      } finally {
        warnings.restore();
      }
    });

    it('renders feed text as text, never as HTML', async () => {
      const list = await listWith([
        makeJob({ title: '<img src=x onerror="window.__pwned=1">Engineer', description: ['<script>window.__pwned=1</script>'] }),
      ]);
      items(list)[0].querySelector<HTMLButtonElement>('.toggle')!.click();
      await list.updateComplete;
      expect(root(list).querySelector('img, script')).to.be.null;
      expect(titles(list)[0]).to.equal('<img src=x onerror="window.__pwned=1">Engineer');
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('links Apply only to https, http and mailto, in a new tab with noopener noreferrer', async () => {
      const warnings = captureConsole('warn');
      try {
        const cases: [string, string | null][] = [
          ['https://jobs.example.org/apply/1', 'https://jobs.example.org/apply/1'],
          ['http://jobs.example.org/apply/2', 'http://jobs.example.org/apply/2'],
          ['mailto:recruitment@example.org', 'mailto:recruitment@example.org'],
          ['javascript:alert(1)', null],
          ['JaVaScRiPt:alert(1)', null],
          ['java\tscript:alert(1)', null],
          ['data:text/html,<script>alert(1)</script>', null],
          ['vbscript:msgbox(1)', null],
        ];
        const jobs = cases.map(([applyUrl], index) => makeJob({ title: `Case ${index}`, applyUrl }));
        const list = await listWith(jobs);
        for (const [index, [, expected]] of cases.entries()) {
          const toggle = toggleOf(list, `Case ${index}`)!;
          toggle.click();
          await list.updateComplete;
          const link = toggle.closest('li')!.querySelector<HTMLAnchorElement>('[part="apply"]');
          if (expected === null) {
            expect(link, cases[index][0]).to.be.null;
            continue;
          }
          expect(link!.href).to.equal(expected);
          if (expected.startsWith('mailto:')) {
            expect(link!.hasAttribute('target')).to.be.false;
          } else {
            expect(link!.target).to.equal('_blank');
            expect(link!.rel).to.equal('noopener noreferrer');
          }
        }
        expect(warnings.messages.filter((message) => message.includes('applyUrl ignored'))).to.have.length(5);
      } finally {
        warnings.restore();
      }
    });

    it('fires a cancelable nato-apply that lets the host route the applicant', async () => {
      const job = makeJob({ title: 'Analyst', applyUrl: 'https://jobs.example.org/apply/9' });
      const list = await listWith([job]);
      toggleOf(list, 'Analyst')!.click();
      await list.updateComplete;
      const link = root(list).querySelector<HTMLAnchorElement>('[part="apply"]')!;
      let received: NatoApplyEvent | undefined;
      document.addEventListener(
        'nato-apply',
        (event) => {
          received = event as NatoApplyEvent;
          event.preventDefault();
        },
        { once: true },
      );
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(received!.job.id).to.equal(job.id);
      expect(received!.url).to.equal('https://jobs.example.org/apply/9');
      expect(received!.cancelable).to.be.true;
      expect(received!.detail, 'also as detail, as a CustomEvent would have it').to.deep.equal({ job: received!.job, url: received!.url });
      expect(click.defaultPrevented, 'the link is not followed').to.be.true;
    });
  });

  describe('for embedders', () => {
    it('pre-filters by organisation, location, grade and contract type attributes', async () => {
      const nspa = await listFrom(feedUrl({ key: uniqueKey('nspa') }), 'organization="NSPA"');
      expect(items(nspa)).to.have.length(6);
      expect(visibleText(root(nspa).querySelector('[part="count"]')!)).to.equal('6 job openings');
      expect(root(nspa).querySelector('#filter-organization'), 'a filter with one choice is left out').to.be.null;

      const brussels = await listFrom(feedUrl({ key: uniqueKey('loc') }), 'location="brussels" contract-type="indefinite-duration"');
      expect(titles(brussels).sort()).to.deep.equal(['Legal Adviser', 'Service Delivery Technician']);

      const countries = await listFrom(feedUrl({ key: uniqueKey('country') }), 'location="LU,US" grade="A-2"');
      expect(titles(countries).sort()).to.deep.equal(['Financial Analyst', 'Procurement Officer', 'Software Developer']);
    });

    it('shows a compact list with limit and hide-filters', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('compact') }), 'organization="NSPA" limit="3" hide-filters');
      expect(items(list)).to.have.length(3);
      const searched = await listFrom(feedUrl({ key: uniqueKey('compact-query') }), 'query="officer" hide-filters');
      expect(visibleText(root(searched).querySelector('[part="results"]')!)).to.match(/^\d+ jobs match$/);
      expect(root(searched).querySelector('.results-bar button'), 'the reader cannot undo the embedder\'s search').to.be.null;
      expect(root(list).querySelector('[part="filters"]')).to.be.null;
      expect(root(list).querySelector('[part="more"]')).to.be.null;
      await expect(list).to.be.accessible();
    });

    it('starts from the query attribute', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('query') }), 'query="cyber"');
      expect(titles(list)).to.deep.equal(['Cyber Security Engineer']);
      expect(root(list).querySelector<HTMLInputElement>('#search')!.value).to.equal('cyber');
    });

    it('lets a slotted heading replace the default one, and sets the heading level', async () => {
      const list = await fixture<NatoJobList>(html`<nato-job-list heading-level="3" .data=${[makeJob({ title: 'Analyst' })]}>
        <h2 slot="heading">NSPA is recruiting</h2>
      </nato-job-list>`);
      await settled(list);
      const slot = root(list).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('NSPA is recruiting');
      expect(root(list).querySelector('h3.heading')).to.exist;
      expect(toggleOf(list, 'Analyst')!.parentElement!.tagName).to.equal('H4');
    });

    it('tells the developer what is misconfigured, and how to fix it', async () => {
      const errors = captureConsole('error');
      try {
        const list = await fixture<NatoJobList>(html`<nato-job-list heading-level="9" limit="-2" timeout="soon"></nato-job-list>`);
        list.data = [makeJob()];
        await settled(list);
        expect(items(list)).to.have.length(1);
        const text = errors.messages.join('\n');
        expect(text).to.contain('heading-level="9" must be a whole number from 1 to 6');
        expect(text).to.contain('limit="-2" is not a positive whole number');
        expect(root(list).querySelector('h2.heading'), 'falls back to level 2').to.exist;

        const noSource = await fixture<NatoJobList>(html`<nato-job-list></nato-job-list>`);
        await aTimeout(20);
        expect(errors.messages.join('\n')).to.contain('set the endpoint attribute');
        noSource.remove();

        const typo = await listFrom(feedUrl({ key: uniqueKey('typo') }), 'organization="NSAP"');
        expect(visibleText(root(typo).querySelector('[part="empty"]')!)).to.contain('No open vacancies');
        expect(errors.messages.join('\n')).to.contain('organization="NSAP"');
        expect(errors.messages.join('\n')).to.contain('Organisations in the feed: ');

        const slowTimeout = await listFrom(feedUrl({ key: uniqueKey('timeout-attr') }), 'timeout="soon"');
        expect(items(slowTimeout)).to.have.length(OPEN_DEMO_JOBS);
        expect(errors.messages.join('\n')).to.contain('timeout="soon" is not a positive number of milliseconds');
      } finally {
        errors.restore();
      }
    });

    describe('sync-url', () => {
      let original: string;
      beforeEach(() => (original = location.href));
      afterEach(() => history.replaceState(null, '', original));

      it('mirrors filters and the open job in the URL, and follows the back button', async () => {
        const list = await listFrom(feedUrl({ key: uniqueKey('sync') }), 'sync-url');
        await choose(list, 'organization', 'nspa');
        expect(new URL(location.href).searchParams.get('job-org')).to.equal('nspa');
        await search(list, 'analyst');
        // Typing reaches the URL once it pauses.
        await waitUntil(() => new URL(location.href).searchParams.get('job-q') === 'analyst', 'the search did not reach the URL');
        const beforeOpening = location.href;
        toggleOf(list, 'Financial Analyst')!.click();
        await list.updateComplete;
        expect(new URL(location.href).searchParams.get('job-open')).to.equal('nspa-financial-analyst');

        await travelTo(beforeOpening);
        await list.updateComplete;
        expect(toggleOf(list, 'Financial Analyst')!.getAttribute('aria-expanded')).to.equal('false');
      });

      it('shows a filter value from the URL that no job has as "unavailable", never verbatim, so the empty list explains itself', async () => {
        const url = new URL(location.href);
        url.searchParams.set('job-org', 'Call +1 555 0100 to apply');
        history.replaceState(null, '', url);
        const list = await listFrom(feedUrl({ key: uniqueKey('sync-gone') }), 'sync-url');
        expect(visibleText(root(list).querySelector('[part="empty"] p')!)).to.equal(
          'A filter from the link you followed is no longer available. No jobs match your search.',
        );
        const select = root(list).querySelector<HTMLSelectElement>('#filter-organization')!;
        expect(select.value).to.equal('Call +1 555 0100 to apply');
        expect(select.selectedOptions[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Unavailable filter');
        expect(root(list).querySelector('[part="base"]')!.textContent, 'the link’s text is not shown').not.to.contain('555');
        await expect(list).to.be.accessible();

        list.lang = 'fr';
        await list.updateComplete;
        expect(select.selectedOptions[0].textContent!.trim()).to.equal('Filtre indisponible');
      });

      it('tells the developer when two lists would share the same URL parameters', async () => {
        const errors = captureConsole('error');
        try {
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          const endpoint = feedUrl({ key: uniqueKey('two-sync') });
          container.innerHTML = `<nato-job-list endpoint="${endpoint}" sync-url></nato-job-list>
            <nato-job-list endpoint="${endpoint}" sync-url></nato-job-list>`;
          const [first, second] = [...container.children] as NatoJobList[];
          await Promise.all([settled(first), settled(second)]);
          expect(errors.messages.join('\n')).to.contain('give each list its own sync-url value');
          await choose(second, 'organization', 'nspa');
          expect(new URL(location.href).searchParams.has('job-org'), 'the second list leaves the URL alone').to.be.false;
          await choose(first, 'organization', 'nspa');
          expect(new URL(location.href).searchParams.get('job-org')).to.equal('nspa');
        } finally {
          errors.restore();
        }
      });

      it('starts from the URL, with its own parameter prefix', async () => {
        const url = new URL(location.href);
        url.searchParams.set('nspa-org', 'nspa');
        url.searchParams.set('nspa-sort', 'title');
        url.searchParams.set('nspa-open', 'nspa-logistics-officer');
        history.replaceState(null, '', url);
        const list = await listFrom(feedUrl({ key: uniqueKey('sync-start') }), 'sync-url="nspa"');
        expect(titles(list)[0]).to.equal('Financial Analyst');
        expect(items(list)).to.have.length(6);
        expect(toggleOf(list, 'Logistics Officer')!.getAttribute('aria-expanded')).to.equal('true');
      });
    });
  });

  describe('back and forward, and the URL', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(null, '', original));

    /** The URLs the list wrote, one per history entry, for Back and Forward to move through. */
    const entries: string[] = [];
    const back = async (list: NatoJobList) => {
      entries.pop();
      await travelTo(entries[entries.length - 1]);
      await list.updateComplete;
    };
    const selectOf = (list: NatoJobList, id: string) => root(list).querySelector<HTMLSelectElement>(id)!;

    it('moves the visible selects with the state on Back and Forward', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('sync-selects') }), 'sync-url');
      entries.length = 0;
      entries.push(location.href);
      // One new history entry per choice (history.length stops growing at 50 in Chromium: count the pushes).
      const push = history.pushState;
      let pushes = 0;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        pushes++;
        return push.apply(this, args);
      };
      try {
        await choose(list, 'organization', 'nspa');
        entries.push(location.href);
        await choose(list, 'grade', 'A-2');
        entries.push(location.href);
        await choose(list, 'sort', 'title');
        entries.push(location.href);
      } finally {
        history.pushState = push;
      }
      expect(pushes, 'one history entry per choice').to.equal(3);
      const afterOrganization = entries[1];
      await back(list);
      expect(selectOf(list, '#sort').value).to.equal('closing');
      expect(selectOf(list, '#filter-grade').value).to.equal('A-2');
      await back(list);
      expect(selectOf(list, '#filter-grade').value, 'the reader had picked A-2 in this select').to.equal('');
      expect(selectOf(list, '#filter-organization').value).to.equal('nspa');
      await back(list);
      expect(selectOf(list, '#filter-organization').value).to.equal('');
      expect(items(list)).to.have.length(OPEN_DEMO_JOBS);
      await travelTo(afterOrganization);
      await list.updateComplete;
      expect(selectOf(list, '#filter-organization').value).to.equal('nspa');
      expect(items(list)).to.have.length(6);
    });

    it('writes typing into the URL once, after a pause, and before the next history entry', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('sync-typing') }), 'sync-url');
      const replace = history.replaceState;
      const push = history.pushState;
      const calls: string[] = [];
      history.replaceState = function (...args: Parameters<History['replaceState']>) {
        calls.push(`replace ${new URL(String(args[2])).searchParams.get('job-q')}`);
        return replace.apply(this, args);
      };
      history.pushState = function (...args: Parameters<History['pushState']>) {
        calls.push(`push ${new URL(String(args[2])).searchParams.get('job-q')}`);
        return push.apply(this, args);
      };
      try {
        for (const text of ['o', 'of', 'off', 'offi', 'offic', 'office', 'officer']) await search(list, text);
        expect(calls, 'nothing while typing').to.deep.equal([]);
        await waitUntil(() => calls.length > 0, 'the search never reached the URL');
        expect(calls).to.deep.equal(['replace officer']);

        await search(list, 'office');
        await choose(list, 'organization', 'nspa');
        expect(calls.slice(1), 'the pending search is written before the push').to.deep.equal(['replace office', 'push office']);

        await search(list, 'analyst');
        list.remove();
        expect(calls.at(-1), 'written when the list leaves the page').to.equal('replace analyst');
      } finally {
        history.replaceState = replace;
        history.pushState = push;
      }
    });

    it('opens a job from the URL, shows more and clears filters without an update after an update', async () => {
      const global = globalThis as { litIssuedWarnings?: Set<string> };
      global.litIssuedWarnings?.clear();
      const warnings = captureConsole('warn');
      try {
        const jobs = Array.from({ length: 80 }, (_, index) => makeJob({ id: `late-${index}`, title: `Job ${index}` }));
        const url = new URL(location.href);
        url.searchParams.set('job-open', 'late-33');
        url.searchParams.set('job-q', 'job');
        history.replaceState(null, '', url);
        const list = await fixture<NatoJobList>(html`<nato-job-list sync-url .data=${jobs}></nato-job-list>`);
        await settled(list);
        expect(toggleOf(list, 'Job 33')!.getAttribute('aria-expanded')).to.equal('true');
        root(list).querySelector<HTMLButtonElement>('[part="more"]')!.click();
        await list.updateComplete;
        root(list).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
        await list.updateComplete;
        await aTimeout(700); // past the announcement
        const changeInUpdate = warnings.messages.filter((message) => message.includes('after an update completed'));
        expect(changeInUpdate).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('as designed', () => {
    it('labels example vacancies and offers them no Apply link, in English and French', async () => {
      const example = makeJob({ title: 'Example analyst', illustrative: true });
      const list = await listWith([example, makeJob({ title: 'Real analyst' })]);
      const [exampleItem, realItem] = [toggleOf(list, 'Example analyst')!, toggleOf(list, 'Real analyst')!].map((toggle) => toggle.closest('li')!);
      expect(exampleItem.querySelector('[part="meta"] [part="tag"]')!.textContent).to.equal('Example vacancy');
      expect(realItem.querySelector('[part="tag"]')).to.be.null;
      toggleOf(list, 'Example analyst')!.click();
      await list.updateComplete;
      expect(exampleItem.querySelector('[part="apply"]')).to.be.null;
      expect(visibleText(exampleItem.querySelector('[part="note"]')!)).to.contain('example vacancy');
      await expect(list).to.be.accessible();
      list.lang = 'fr';
      await list.updateComplete;
      expect(exampleItem.querySelector('[part="tag"]')!.textContent).to.equal('Offre fictive');
    });

    it('puts Apply near the top of an open job and at its end, its facts in one description list', async () => {
      const list = await listWith([makeJob({ title: { de: 'Rechtsberater' }, unit: 'Legal Office', workplaceType: 'hybrid' })]);
      items(list)[0].querySelector<HTMLButtonElement>('.toggle')!.click();
      await list.updateComplete;
      const details = root(list).querySelector('[part="details"]')!;
      const applies = [...details.querySelectorAll<HTMLAnchorElement>('[part="apply"]')];
      expect(applies).to.have.length(2);
      expect(details.firstElementChild!.contains(applies[0]), 'first in the details').to.be.true;
      expect(details.lastElementChild!.contains(applies[1]), 'and last').to.be.true;
      // The hidden title that completes "Apply" is in the language it fell back to.
      expect(applies[0].querySelector('.visually-hidden [lang="de"]')!.textContent).to.equal('Rechtsberater');
      const terms = [...details.querySelectorAll('dl[part="facts"] dt')].map((dt) => dt.textContent);
      expect(terms).to.deep.equal(['Unit', 'Workplace', 'Eligibility', 'Reference', 'Posted']);
      expect(details.querySelectorAll('dl')).to.have.length(1);
      await expect(list).to.be.accessible();
    });

    it('writes dates day-month-year in en, month-day-year in en-US', async () => {
      const job = makeJob({ closingAt: '2030-11-28' });
      const british = await listWith([job]);
      expect(visibleText(root(british).querySelector('[part="closing"] time')!)).to.equal('28 November 2030');
      const american = await listWith([job], { lang: 'en-US' } as Partial<NatoJobList>);
      expect(visibleText(root(american).querySelector('[part="closing"] time')!)).to.equal('November 28, 2030');
    });

    it('ends a list shortened by limit with "See all N vacancies", to the feed’s careers page or a safe more-href', async () => {
      const errors = captureConsole('error');
      try {
        const fromFeed = await listFrom(feedUrl({ key: uniqueKey('see-all') }), 'limit="3" hide-filters');
        const link = root(fromFeed).querySelector<HTMLAnchorElement>('[part="see-all"]')!;
        expect(link.textContent!.trim()).to.equal(`See all ${OPEN_DEMO_JOBS} vacancies`);
        expect(link.href).to.equal('https://www.nato.int/cps/en/natolive/recruit-hq-e.htm');
        await expect(fromFeed).to.be.accessible();

        const own = await listFrom(feedUrl({ key: uniqueKey('see-all-own') }), 'limit="3" more-href="https://www.nspa.nato.int/jobs"');
        expect(root(own).querySelector<HTMLAnchorElement>('[part="see-all"]')!.href).to.equal('https://www.nspa.nato.int/jobs');

        const unsafe = await listFrom(feedUrl({ key: uniqueKey('see-all-unsafe') }), 'limit="3" more-href="javascript:alert(1)"');
        expect(root(unsafe).querySelector<HTMLAnchorElement>('[part="see-all"]')!.href).to.equal('https://www.nato.int/cps/en/natolive/recruit-hq-e.htm');
        expect(errors.messages.join('\n')).to.contain('more-href="javascript:alert(1)" is not an https:, http: or mailto: URL');

        const all = await listFrom(feedUrl({ key: uniqueKey('see-all-none') }), 'limit="50"');
        expect(root(all).querySelector('[part="see-all"]'), 'nothing hidden, nothing to see').to.be.null;
        const noUrl = await listWith([makeJob(), makeJob()], { limit: 1 } as Partial<NatoJobList>);
        expect(root(noUrl).querySelector('[part="see-all"]'), 'no URL, no link').to.be.null;
      } finally {
        errors.restore();
      }
    });

    it('shows the focus ring on every control, Apply included', async () => {
      const list = await listWith([makeJob({ title: 'Alpha', organization: 'NSPA' }), makeJob({ title: 'Beta', organization: 'NCIA' })]);
      toggleOf(list, 'Alpha')!.click();
      await list.updateComplete;
      root(list).querySelector<HTMLInputElement>('#search')!.focus();
      const seen = new Map<string, { outlineStyle: string; outlineWidth: string }>();
      for (let step = 0; step < 12; step++) {
        const active = list.shadowRoot!.activeElement as HTMLElement | null;
        if (!active) break;
        const name = active.getAttribute('part') ?? active.className;
        const { outlineStyle, outlineWidth } = getComputedStyle(active);
        if (!seen.has(name.split(' ')[0])) seen.set(name.split(' ')[0], { outlineStyle, outlineWidth });
        await sendKeys({ press: 'Tab' });
      }
      for (const part of ['search', 'filters-toggle', 'filter', 'title', 'apply']) {
        const style = [...seen].find(([name]) => name === part || (part === 'title' && name.startsWith('toggle')))?.[1];
        expect(style, `${part} was reached`).to.exist;
        expect(style!.outlineStyle, part).to.equal('solid');
        expect(parseFloat(style!.outlineWidth), part).to.be.at.least(2);
      }
    });

    for (const theme of ['', 'dark']) {
      it(`passes axe on a dark host page${theme ? ' with theme="dark"' : ', on its own surface'}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div class="dark-host">
          <style>
            .dark-host { background: #121212; color: #e8e8e8; padding: 16px; }
          </style>
          <nato-job-list theme=${theme || 'auto'} .data=${[
            makeJob({ title: 'Alpha', closingAt: daysFromNow(0) }),
            makeJob({ title: 'Beta', closingAt: daysFromNow(4), illustrative: true }),
            makeJob({ title: 'Gamma', organization: 'NSPA' }),
          ]}></nato-job-list>
        </div>`);
        const list = wrapper.querySelector('nato-job-list') as NatoJobList;
        await settled(list);
        toggleOf(list, 'Gamma')!.click();
        await list.updateComplete;
        const background = getComputedStyle(root(list).querySelector('[part="base"]')!).backgroundColor;
        expect(background, 'the element paints its own surface').not.to.equal('rgba(0, 0, 0, 0)');
        await expect(wrapper).to.be.accessible();
        await search(list, 'zzz');
        await expect(wrapper).to.be.accessible();
      });
    }

    it('stays left to right and out of small caps on a right-to-left, small-caps page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" class="rtl-host">
        <style>
          .rtl-host nato-job-list { font-variant: small-caps; direction: rtl; }
        </style>
        <nato-job-list .data=${[makeJob({ title: 'Analyst' })]}></nato-job-list>
      </div>`);
      const list = wrapper.querySelector('nato-job-list') as NatoJobList;
      await settled(list);
      const toggle = toggleOf(list, 'Analyst')!;
      for (const element of [toggle, items(list)[0].querySelector('[part="meta"]')!, root(list).querySelector('#search')!]) {
        const style = getComputedStyle(element);
        expect(style.direction).to.equal('ltr');
        expect(style.fontVariantCaps).to.equal('normal');
      }
      const base = root(list).querySelector('[part="base"]')!.getBoundingClientRect();
      expect(toggle.getBoundingClientRect().left - base.left, 'the title starts at the left').to.be.below(60);
    });

    it('hides the filters behind "Filters (n)" on a narrow container, and shows them in one row on a wide one', async () => {
      const jobs = [makeJob({ organization: 'NSPA', grade: 'A-2' }), makeJob({ organization: 'NCIA', grade: 'A-3' })];
      const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow-host">
        <style>
          .narrow-host { width: 375px; }
          .narrow-host.wide { width: 1280px; }
        </style>
        <nato-job-list .data=${jobs}></nato-job-list>
      </div>`);
      const list = wrapper.querySelector('nato-job-list') as NatoJobList;
      await settled(list);
      const button = root(list).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      const organization = root(list).querySelector<HTMLSelectElement>('#filter-organization')!;
      expect(button.textContent!.trim()).to.equal('Filters');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(organization.getBoundingClientRect().height, 'hidden').to.equal(0);
      button.click();
      await list.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(organization.getBoundingClientRect().height).to.be.above(30);
      await choose(list, 'organization', 'nspa');
      await choose(list, 'grade', 'A-2');
      expect(button.textContent!.trim()).to.equal('Filters (2)');
      await expect(list).to.be.accessible();

      wrapper.classList.add('wide');
      button.click();
      await list.updateComplete;
      const search = root(list).querySelector('#search')!.getBoundingClientRect();
      expect(button.getBoundingClientRect().height, 'no button when there is room').to.equal(0);
      for (const select of root(list).querySelectorAll('[part="filters"] select')) {
        expect(select.getBoundingClientRect().top, 'one row').to.be.closeTo(search.top, 1);
      }
    });
  });

  it('keeps working when its tag is defined a second time', async () => {
    const { NatoJobList } = await import('../../src/components/job-list/job-list.component.js');
    const { defineElement } = await import('../../src/internal/define.js');
    expect(() => defineElement('nato-job-list', NatoJobList)).not.to.throw();
    expect(() => defineElement('nato-job-list', class extends NatoJobList {})).not.to.throw();
  });
});
