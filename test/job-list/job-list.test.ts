import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
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

    it('shows each job’s organisation, location, grade, contract type, reference and closing date', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('meta') }));
      const item = toggleOf(list, 'Close Protection Officer')!.closest('li')!;
      const meta = visibleText(item.querySelector('[part="meta"]')!);
      for (const part of ['NATO International Staff', 'Brussels, Belgium', 'Grade B-3', 'Definite duration', 'Ref. IS-JIS-CPU-2026-01']) {
        expect(meta).to.contain(part);
      }
      const closing = item.querySelector('[part="closing"]')!;
      expect(visibleText(closing)).to.match(/^Closes in \d+ days/);
      expect(closing.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
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

    it('shows the empty state when the feed has no open jobs', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('empty'), empty: true }));
      expect(visibleText(root(list).querySelector('[part="empty"]')!)).to.equal(
        'There are no job openings right now. Please check again soon.',
      );
      expect(visibleText(root(list).querySelector('[part="count"]')!)).to.equal('0 job openings');
      await expect(list).to.be.accessible();
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
      expect(closing).to.contain('Clôture prochaine');
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
      expect(toggle.querySelector('span')!.getAttribute('lang')).to.equal('en');
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
      expect(visibleText(root(list).querySelector('[part="empty"]')!)).to.equal('Aucune offre ne correspond à votre recherche.');
      expect(visibleText(root(list).querySelector('[part="results"]')!)).to.equal('0 offre sur 2');
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
      expect(visibleText(root(list).querySelector('[part="results"]')!)).to.equal('1 job of 3');
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
      expect(visibleText(root(list).querySelector('[part="results"]')!)).to.equal(`1 job of ${OPEN_DEMO_JOBS}`);
      await expect(list).to.be.accessible();
    });

    it('offers "no jobs match" with a button that clears every filter', async () => {
      const list = await listFrom(feedUrl({ key: uniqueKey('nomatch') }));
      await choose(list, 'organization', 'nspa');
      await search(list, 'nothing like this');
      expect(visibleText(root(list).querySelector('[part="empty"]')!)).to.equal('No jobs match your search.');
      await expect(list).to.be.accessible();
      const clear = [...root(list).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Clear filters')!;
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
      await waitUntil(() => status.textContent!.trim() === '1 job of 2', 'result count was not announced');
    });

    it('hides closed jobs and marks those closing within a week', async () => {
      const list = await listWith([
        makeJob({ title: 'Closed', closingAt: daysFromNow(-1) }),
        makeJob({ title: 'Today', closingAt: daysFromNow(0) }),
        makeJob({ title: 'Soon', closingAt: daysFromNow(6) }),
        makeJob({ title: 'Later', closingAt: daysFromNow(7) }),
      ]);
      expect(titles(list)).to.deep.equal(['Today', 'Soon', 'Later']);
      const badges = items(list).map((item) => item.querySelector('[part="badge"]')?.textContent ?? '');
      expect(badges).to.deep.equal(['Closing soon', 'Closing soon', '']);
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
      expect(meta).to.match(/^Grade A-2 • Definite duration • Ref\. REF-\d+$|^Grade A-2 Definite duration Ref\. REF-\d+$/);
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
        expect(visibleText(item.querySelector('[part="meta"]')!)).to.contain('Ref. 2026001');
        expect(visibleText(item.querySelector('[part="closing"]')!)).to.match(/^Closes in 10 days/);
        item.querySelector<HTMLButtonElement>('.toggle')!.click();
        await list.updateComplete;
        const details = item.querySelector('[part="details"]')!;
        expect((details as HTMLElement).innerText).to.contain('One paragraph.\nWith a line break.');
        expect(details.querySelector('li')!.textContent).to.equal('A single requirement.');
        expect(item.dataset.job).to.equal('4711');
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
      expect(visibleText(root(searched).querySelector('[part="results"]')!)).to.match(/^\d+ jobs of 23$/);
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
        expect(visibleText(root(typo).querySelector('[part="empty"]')!)).to.contain('no job openings');
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
        expect(new URL(location.href).searchParams.get('job-q')).to.equal('analyst');
        toggleOf(list, 'Financial Analyst')!.click();
        await list.updateComplete;
        expect(new URL(location.href).searchParams.get('job-open')).to.equal('nspa-financial-analyst');

        const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        history.back();
        await popped;
        await list.updateComplete;
        expect(toggleOf(list, 'Financial Analyst')!.getAttribute('aria-expanded')).to.equal('false');
      });

      it('shows a filter value from the URL that no job has, so the empty list explains itself', async () => {
        const url = new URL(location.href);
        url.searchParams.set('job-org', 'gone agency');
        history.replaceState(null, '', url);
        const list = await listFrom(feedUrl({ key: uniqueKey('sync-gone') }), 'sync-url');
        expect(visibleText(root(list).querySelector('[part="empty"]')!)).to.equal('No jobs match your search.');
        const select = root(list).querySelector<HTMLSelectElement>('#filter-organization')!;
        expect(select.value).to.equal('gone agency');
        expect(select.selectedOptions[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('gone agency (0)');
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

  it('keeps working when its tag is defined a second time', async () => {
    const { NatoJobList } = await import('../../src/components/job-list/job-list.component.js');
    const { defineElement } = await import('../../src/internal/define.js');
    expect(() => defineElement('nato-job-list', NatoJobList)).not.to.throw();
    expect(() => defineElement('nato-job-list', class extends NatoJobList {})).not.to.throw();
  });
});
