import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/job-detail/job-detail.js';
import type { NatoJobDetail } from '../../src/components/job-detail/job-detail.component.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { CareersFeed, Job } from '../../src/data/feed-types.js';
import type { NatoApplyEvent } from '../../src/events/nato-apply.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import { captureConsole, feedUrl, requestCount, uniqueKey } from '../data/helpers.js';
import { daysFromNow, makeJob as makeListJob } from '../job-list/job-list-helpers.js';

const root = (element: NatoJobDetail) => element.shadowRoot!;
const part = (element: NatoJobDetail, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: NatoJobDetail, name: string) => [...root(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Text as a sighted reader sees it: visually hidden text and aria-hidden separators dropped or kept as shown. */
function visibleText(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return clone.textContent!.replace(/\s+/g, ' ').trim();
}
/** The facts as label → visible value. */
const facts = (element: NatoJobDetail) =>
  Object.fromEntries(
    parts(element, 'fact').map((fact) => [
      fact.querySelector('dt')!.textContent!.trim(),
      visibleText(fact.querySelector('dd')!),
    ]),
  );
const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-nato-job-posting]')];

async function settled(element: NatoJobDetail): Promise<void> {
  await waitUntil(() => root(element).querySelector('.state[aria-busy="false"]'), 'the element stayed in its loading state', {
    timeout: 8000,
  });
  await element.updateComplete;
}

/** A valid job as a detail page shows it (a unit, a workplace, closing in 3 days); override what the test is about. */
const makeJob = (overrides: Partial<Job> = {}): Job =>
  makeListJob({ unit: 'Executive Management', workplaceType: 'hybrid', closingAt: daysFromNow(3), ...overrides });

function feedWith(jobs: Job[], extra: Record<string, unknown> = {}): CareersFeed {
  return { version: 1, careersUrl: 'https://www.nato.int/careers', organization: { id: 'nato', name: 'North Atlantic Treaty Organization', website: 'https://www.nato.int/' }, jobs, ...extra } as CareersFeed;
}

async function detailFrom(endpoint: string, attributes = ''): Promise<NatoJobDetail> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<nato-job-detail endpoint="${endpoint}" ${attributes}></nato-job-detail>`;
  const element = container.firstElementChild as NatoJobDetail;
  await settled(element);
  return element;
}

async function detailWith(data: unknown, jobId: string | undefined, attributes: Record<string, string> = {}): Promise<NatoJobDetail> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('nato-job-detail');
  if (jobId !== undefined) element.setAttribute('job-id', jobId);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data as CareersFeed;
  container.append(element);
  await settled(element);
  return element;
}

describe('<nato-job-detail>', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => jsonLdScripts().forEach((script) => script.remove()));

  describe('loaded from an endpoint', () => {
    it('shows everything about the vacancy, with Apply near the top and at the end', async () => {
      const element = await detailFrom(feedUrl({ key: uniqueKey('full') }), 'job-id="close-protection-officer"');
      const title = part(element, 'heading')!;
      expect(title.localName).to.equal('h2');
      expect(title.textContent!.trim()).to.equal('Close Protection Officer');
      expect(visibleText(part(element, 'organization')!)).to.equal(
        'NATO International Staff · Close Protection Unit (CPU), NATO Office of Security, Joint Intelligence and Security Division',
      );
      const shown = facts(element);
      expect(shown).to.include({
        Location: 'Brussels, Belgium',
        Grade: 'B-3',
        'Contract type': 'Definite duration',
        Workplace: 'On site',
        Reference: 'IS-JIS-CPU-2026-01',
      });
      expect(shown.Posted).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(shown['Closing date']).to.match(/^Closes in \d+ days · \d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(part(element, 'summary')!.textContent).to.contain('Protect the NATO Secretary General');
      expect(parts(element, 'paragraph')).to.have.length(3);
      expect(part(element, 'requirements')!.querySelectorAll('li')).to.have.length(5);
      expect(visibleText(root(element).querySelector('[part~="eligibility"]')!)).to.contain('Nationals of NATO member states only');
      const sectionHeadings = parts(element, 'section-heading');
      expect(sectionHeadings.map((heading) => heading.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      const apply = parts(element, 'apply');
      expect(apply).to.have.length(2);
      expect(apply[0].matches('[part~="apply-top"]')).to.be.true;
      expect(apply[1].matches('[part~="apply-bottom"]')).to.be.true;
      for (const link of apply) {
        expect(link.getAttribute('href')).to.equal('https://www.nato.int/cps/en/natolive/recruit-hq.htm');
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Apply for Close Protection Officer (opens in a new tab)');
      }
      await expect(element).to.be.accessible();
    });

    it('fires nato-load once the vacancy is on screen, with the job', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = oneEvent(container, 'nato-load');
      container.innerHTML = `<nato-job-detail job-id="close-protection-officer" endpoint="${feedUrl({ key: uniqueKey('load') })}"></nato-job-detail>`;
      const event = (await loaded) as unknown as NatoLoadEvent;
      const element = container.firstElementChild as NatoJobDetail;
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('Close Protection Officer');
      expect((event.data as Job).id).to.equal('close-protection-officer');
    });

    it('shows a busy, announced skeleton while loading, and keeps loading when moved in the DOM', async () => {
      const key = uniqueKey('move');
      const first = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
      first.querySelector('#a')!.innerHTML = `<nato-job-detail job-id="close-protection-officer" endpoint="${feedUrl({ key, delay: 400 })}"></nato-job-detail>`;
      const element = first.querySelector('nato-job-detail')!;
      await element.updateComplete;
      expect(element.feedState).to.equal('loading');
      expect(root(element).querySelector('[role="status"]')!.textContent).to.equal('Loading the vacancy…');
      expect(root(element).querySelector('.state')!.getAttribute('aria-busy')).to.equal('true');
      expect(root(element).querySelector('.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(element).to.be.accessible();
      first.querySelector('#b')!.append(element);
      await settled(element);
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('Close Protection Officer');
      expect(await requestCount(key)).to.be.at.least(1);
    });

    it('shows an alert with Try again when the feed fails, and recovers', async () => {
      const key = uniqueKey('retry');
      const errors = captureConsole('error');
      try {
        const element = await detailFrom(feedUrl({ key, failTimes: 1, status: 403 }), 'job-id="close-protection-officer"');
        expect(element.feedState).to.equal('error');
        expect(root(element).querySelector('[role="alert"] h2')!.textContent).to.equal('Careers information unavailable');
        await expect(element).to.be.accessible();
        part(element, 'retry')!.click();
        await waitUntil(() => element.feedState === 'loaded', 'retry did not load', { timeout: 8000 });
        await element.updateComplete;
        expect(part(element, 'heading')!.textContent!.trim()).to.equal('Close Protection Officer');
        expect(root(element).querySelector('[role="alert"]')).to.be.null;
      } finally {
        errors.restore();
      }
    });

    it('says the vacancy is not found, links to all vacancies, and tells the developer', async () => {
      const errors = captureConsole('error');
      try {
        const element = await detailFrom(feedUrl({ key: uniqueKey('missing') }), 'job-id="no-such-job"');
        expect(element.feedState).to.equal('empty');
        const message = part(element, 'not-found')!;
        expect(message.querySelector('h2')!.textContent).to.equal('Vacancy not found');
        const link = part(element, 'careers-link') as HTMLAnchorElement;
        expect(link.href).to.equal('https://www.nato.int/cps/en/natolive/recruit-hq-e.htm');
        expect(errors.messages.filter((text) => text.includes('"no-such-job"'))).to.have.length(1);
        expect(jsonLdScripts()).to.have.length(0);
        await expect(element).to.be.accessible();
      } finally {
        errors.restore();
      }
    });
  });

  describe('with data', () => {
    it('reads a whole feed or an array of jobs handed in', async () => {
      const job = makeJob({ title: 'Handed in' });
      for (const data of [feedWith([makeJob(), job]), [job]]) {
        const element = await detailWith(data, job.id);
        expect(part(element, 'heading')!.textContent!.trim()).to.equal('Handed in');
      }
    });

    it('is not configured without a source, and says no vacancy was chosen without an id', async () => {
      const errors = captureConsole('error');
      try {
        const bare = await fixture<NatoJobDetail>(html`<nato-job-detail></nato-job-detail>`);
        await waitUntil(() => part(bare, 'unconfigured'), 'no unconfigured message');
        await expect(bare).to.be.accessible();
        const element = await detailWith(feedWith([makeJob()]), undefined);
        expect(visibleText(part(element, 'not-found')!)).to.contain('No vacancy was chosen.');
        expect(errors.messages.some((text) => text.includes('job-id'))).to.be.true;
      } finally {
        errors.restore();
      }
    });

    it('labels an example vacancy and offers no Apply link and no structured data', async () => {
      const job = makeJob({ illustrative: true });
      const element = await detailWith(feedWith([job]), job.id);
      expect(part(element, 'illustrative')!.textContent).to.equal('Example vacancy');
      expect(part(element, 'notice')!.textContent).to.contain('not a real opening');
      expect(parts(element, 'apply')).to.have.length(0);
      expect(jsonLdScripts()).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('says a closed vacancy is closed, with no Apply link and no structured data', async () => {
      const job = makeJob({ closingAt: daysFromNow(-2) });
      const element = await detailWith(feedWith([job]), job.id);
      expect(part(element, 'closed')!.textContent).to.equal('This vacancy has closed. Applications are no longer accepted.');
      expect(facts(element)['Closing date']).to.match(/^Closed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(parts(element, 'apply')).to.have.length(0);
      expect(jsonLdScripts()).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('writes dates day-month-year and the days left', async () => {
      const job = makeJob({ closingAt: daysFromNow(3), postedAt: '2026-11-02' });
      const element = await detailWith(feedWith([job]), job.id);
      const closing = parseInt(daysFromNow(3).slice(8), 10);
      expect(facts(element)['Closing date']).to.match(new RegExp(`^Closes in 3 days · ${closing} [A-Z][a-z]+ \\d{4}$`));
      expect(facts(element).Posted).to.equal('2 November 2026');
      expect(root(element).querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-02');
    });

    it('speaks French', async () => {
      const job = makeJob({
        title: { en: 'Legal Adviser', fr: 'Conseiller juridique' },
        locations: [{ city: { en: 'Brussels', fr: 'Bruxelles' }, country: 'BE' }],
        illustrative: true,
        closingAt: daysFromNow(3),
      });
      const element = await detailWith(feedWith([job]), job.id, { lang: 'fr' });
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('Conseiller juridique');
      expect(part(element, 'heading')!.hasAttribute('lang')).to.be.false;
      expect(part(element, 'illustrative')!.textContent).to.equal('Offre fictive');
      expect(facts(element)).to.include({ Lieu: 'Bruxelles, Belgique', 'Type de contrat': 'Durée déterminée', 'Lieu de travail': 'Hybride' });
      expect(facts(element)['Date de clôture']).to.match(/^Clôture dans 3 jours · \d{1,2} [a-zéû]+ \d{4}$/);
      expect(parts(element, 'section-heading').map((heading) => heading.textContent)).to.deep.equal([
        'Le poste',
        'Profil recherché',
        'Qui peut postuler\u00a0?',
      ]);
      await expect(element).to.be.accessible();
    });

    it('marks text that fell back to another language with its lang', async () => {
      const job = makeJob({ title: { en: 'Legal Adviser' }, summary: { en: 'English only.' }, requirements: [{ en: 'A law degree.' }] });
      const element = await detailWith(feedWith([job]), job.id, { lang: 'fr' });
      expect(part(element, 'heading')!.getAttribute('lang')).to.equal('en');
      expect(part(element, 'summary')!.getAttribute('lang')).to.equal('en');
      expect(part(element, 'requirements')!.querySelector('li')!.getAttribute('lang')).to.equal('en');
    });

    it('sets the heading level of the title, and its sections one below', async () => {
      const job = makeJob();
      const errors = captureConsole('error');
      try {
        const element = await detailWith(feedWith([job]), job.id, { 'heading-level': '1' });
        expect(part(element, 'heading')!.localName).to.equal('h1');
        expect(parts(element, 'section-heading').every((heading) => heading.localName === 'h2')).to.be.true;
        element.setAttribute('heading-level', '9');
        await element.updateComplete;
        expect(part(element, 'heading')!.localName).to.equal('h2');
        expect(errors.messages.some((text) => text.includes('heading-level="9"'))).to.be.true;
      } finally {
        errors.restore();
      }
    });

    it('renders text as text and never a javascript: link; mailto opens in the same tab', async () => {
      const warnings = captureConsole('warn');
      try {
        const evil = makeJob({ title: '<img src=x onerror="window.hacked=1">', applyUrl: 'javascript:alert(1)' });
        const element = await detailWith(feedWith([evil]), evil.id);
        expect(part(element, 'heading')!.textContent!.trim()).to.equal('<img src=x onerror="window.hacked=1">');
        expect(root(element).querySelector('img')).to.be.null;
        expect(root(element).innerHTML).not.to.contain('javascript:');
        expect(parts(element, 'apply')).to.have.length(0);
        expect(part(element, 'no-apply')).to.exist;
        const mail = makeJob({ applyUrl: 'mailto:jobs@example.org' });
        const mailElement = await detailWith(feedWith([mail]), mail.id);
        const link = part(mailElement, 'apply')!;
        expect(link.getAttribute('href')).to.equal('mailto:jobs@example.org');
        expect(link.hasAttribute('target')).to.be.false;
        expect(link.textContent).not.to.contain('new tab');
      } finally {
        warnings.restore();
      }
    });

    it('fires a cancelable nato-apply with the job and URL', async () => {
      const job = makeJob();
      const element = await detailWith(feedWith([job]), job.id);
      const seen: NatoApplyEvent[] = [];
      const listener = (event: NatoApplyEvent) => {
        seen.push(event);
        event.preventDefault();
      };
      document.addEventListener('nato-apply', listener);
      try {
        part(element, 'apply-bottom')!.click();
      } finally {
        document.removeEventListener('nato-apply', listener);
      }
      expect(seen).to.have.length(1);
      expect(seen[0].job.id).to.equal(job.id);
      expect(seen[0].url).to.equal(job.applyUrl);
      expect(seen[0].detail.url).to.equal(job.applyUrl);
      expect(seen[0].defaultPrevented).to.be.true;
    });

    it('keeps unbroken 300-character words inside a 280 px container', async () => {
      const word = 'W'.repeat(300);
      const job = makeJob({ title: word, organization: word, unit: word, summary: word, description: [word], requirements: [word], eligibility: word, reference: word, grade: word });
      const container = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
      const element = document.createElement('nato-job-detail');
      element.setAttribute('job-id', job.id!);
      element.data = feedWith([job]);
      container.append(element);
      await settled(element);
      expect(element.getBoundingClientRect().width).to.be.at.most(280);
      const right = element.getBoundingClientRect().right;
      // Visually hidden text is clipped to one pixel, whatever its length.
      for (const node of root(element).querySelectorAll('*:not(.visually-hidden, .visually-hidden *)')) {
        expect(node.getBoundingClientRect().right, (node as Element).getAttribute('part') ?? node.localName).to.be.at.most(right + 0.5);
      }
      expect(part(element, 'base')!.scrollWidth).to.be.at.most(part(element, 'base')!.clientWidth);
    });

    it('follows the job-id attribute', async () => {
      const a = makeJob({ title: 'First' });
      const b = makeJob({ title: 'Second' });
      const element = await detailWith(feedWith([a, b]), a.id);
      element.jobId = b.id;
      await element.updateComplete;
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('Second');
    });
  });

  describe('id-param', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('reads the id from the page URL, follows back and forward, and lets go on disconnect', async () => {
      const a = makeJob({ title: 'From the URL' });
      const b = makeJob({ title: 'After popstate' });
      const url = new URL(location.href);
      url.searchParams.set('vacancy', a.id);
      history.replaceState(null, '', url);
      const element = await detailWith(feedWith([a, b]), 'ignored-default', { 'id-param': 'vacancy' });
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('From the URL');
      url.searchParams.set('vacancy', b.id);
      history.pushState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await element.updateComplete;
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('After popstate');
      const parent = element.parentElement!;
      element.remove();
      url.searchParams.set('vacancy', a.id);
      history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await element.updateComplete;
      expect(part(element, 'heading')!.textContent!.trim(), 'no longer listening').to.equal('After popstate');
      parent.append(element);
      await element.updateComplete;
      expect(part(element, 'heading')!.textContent!.trim(), 'reads the URL again when back').to.equal('From the URL');
    });

    it('falls back to job-id when the URL has no such parameter', async () => {
      const a = makeJob({ title: 'Default' });
      const element = await detailWith(feedWith([a]), a.id, { 'id-param': 'absent' });
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('Default');
    });
  });

  describe('JobPosting structured data', () => {
    it('describes the job shown, in the head, and can be parsed back', async () => {
      const job = makeJob({
        title: 'Data Scientist',
        reference: 'NCIA-26-0102',
        summary: 'Turn data into insight.',
        description: ['Paragraph one.', 'Paragraph two.'],
        contractType: 'definite-duration',
        workplaceType: 'remote',
        locations: [{ city: 'The Hague', country: 'NL' }],
        postedAt: '2026-11-02',
        closingAt: daysFromNow(20),
        eligibility: 'Nationals of NATO member states only',
        organization: 'NCIA',
      });
      const element = await detailWith(feedWith([job]), job.id);
      const scripts = jsonLdScripts();
      expect(scripts).to.have.length(1);
      const posting = JSON.parse(scripts[0].textContent!);
      expect(posting).to.deep.include({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Data Scientist',
        description: 'Turn data into insight.\n\nParagraph one.\n\nParagraph two.',
        datePosted: '2026-11-02',
        validThrough: job.closingAt,
        employmentType: 'FULL_TIME',
        jobLocationType: 'TELECOMMUTE',
        eligibilityToWorkRequirement: 'Nationals of NATO member states only',
        directApply: false,
        url: location.href,
      });
      expect(posting.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'NCIA', value: 'NCIA-26-0102' });
      expect(posting.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'NCIA', sameAs: 'https://www.nato.int/' });
      expect(posting.jobLocation).to.deep.equal([
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'The Hague', addressCountry: 'NL' } },
      ]);
      element.remove();
      expect(jsonLdScripts(), 'removed on disconnect').to.have.length(0);
    });

    it('maps contract types to employment types', async () => {
      const expected: Record<string, string | undefined> = {
        'indefinite-duration': 'FULL_TIME',
        temporary: 'TEMPORARY',
        internship: 'INTERN',
        consultancy: 'CONTRACTOR',
        secondment: 'OTHER',
        'something-else': undefined,
      };
      for (const [contractType, employmentType] of Object.entries(expected)) {
        const job = makeJob({ contractType });
        const element = await detailWith(feedWith([job]), job.id);
        expect(JSON.parse(jsonLdScripts()[0].textContent!).employmentType, contractType).to.equal(employmentType);
        element.remove();
      }
    });

    it('replaces its script when the job changes, one per element', async () => {
      const a = makeJob({ title: 'Alpha' });
      const b = makeJob({ title: 'Bravo' });
      const element = await detailWith(feedWith([a, b]), a.id);
      const other = await detailWith(feedWith([a, b]), b.id);
      expect(jsonLdScripts()).to.have.length(2);
      element.jobId = b.id;
      await element.updateComplete;
      expect(jsonLdScripts().map((script) => JSON.parse(script.textContent!).title)).to.deep.equal(['Bravo', 'Bravo']);
      other.remove();
      element.jobId = 'missing';
      const errors = captureConsole('error');
      await element.updateComplete;
      errors.restore();
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('keeps text as data: a title holding </script> cannot end the script', async () => {
      const title = '</script><script>window.pwned = 1</script><!--';
      const job = makeJob({ title });
      await detailWith(feedWith([job]), job.id);
      const script = jsonLdScripts()[0];
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent!).title).to.equal(title);
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect((window as unknown as { pwned?: number }).pwned).to.be.undefined;
    });
  });

  it('takes the dark theme', async () => {
    const job = makeJob();
    const element = await detailWith(feedWith([job]), job.id, { theme: 'dark' });
    expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(element).to.be.accessible();
  });
});
