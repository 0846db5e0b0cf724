import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/about-panel/about-panel.js';
import type { NatoAboutPanel } from '../../src/components/about-panel/about-panel.component.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { CareersFeed, Organization } from '../../src/data/feed-types.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import { captureConsole, feedUrl, requestCount, uniqueKey } from '../data/helpers.js';

const root = (element: NatoAboutPanel) => element.shadowRoot!;
const part = (element: NatoAboutPanel, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: NatoAboutPanel, name: string) => [...root(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The shown sections, by the part naming each. */
const sectionNames = (element: NatoAboutPanel) =>
  parts(element, 'section').map((section) => section.getAttribute('part')!.split(' ')[1]);

async function settled(element: NatoAboutPanel): Promise<void> {
  await waitUntil(() => root(element).querySelector('.state[aria-busy="false"]'), 'the element stayed in its loading state', {
    timeout: 8000,
  });
  await element.updateComplete;
}

function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    id: 'nato',
    name: 'North Atlantic Treaty Organization',
    shortName: 'NATO',
    purpose: 'To guarantee freedom and security.',
    pillars: [
      { title: 'Political', text: ['Political paragraph.'] },
      { title: 'Military', text: ['Military paragraph.'] },
    ],
    coreTasks: ['Collective defence', 'Crisis management', 'Cooperative security'],
    values: ['Integrity', 'Impartiality'],
    collectiveDefence: ['An attack against one is an attack against all.'],
    diversity: [{ title: 'A diverse workforce', text: ['Diversity paragraph.'] }],
    ...overrides,
  };
}

async function panelFrom(endpoint: string, attributes = ''): Promise<NatoAboutPanel> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<nato-about-panel endpoint="${endpoint}" ${attributes}></nato-about-panel>`;
  const element = container.firstElementChild as NatoAboutPanel;
  await settled(element);
  return element;
}

async function panelWith(data: unknown, attributes: Record<string, string> = {}, width?: number): Promise<NatoAboutPanel> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) container.setAttribute('style', `width: ${width}px`);
  const element = document.createElement('nato-about-panel');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data as CareersFeed;
  container.append(element);
  await settled(element);
  return element;
}

describe('<nato-about-panel>', () => {
  beforeEach(() => clearFeedCache());

  it('shows the organisation’s profile from an endpoint, section by section', async () => {
    const element = await panelFrom(feedUrl({ key: uniqueKey('about') }));
    const heading = part(element, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('North Atlantic Treaty Organization (NATO)');
    expect(sectionNames(element)).to.deep.equal([
      'purpose',
      'description',
      'pillars',
      'core-tasks',
      'values',
      'collective-defence',
      'working-at',
      'diversity',
    ]);
    expect(parts(element, 'section-heading').map((node) => node.localName)).to.satisfy((tags: string[]) => tags.every((tag) => tag === 'h3'));
    expect(parts(element, 'section-heading').map(text)).to.deep.equal([
      'Purpose',
      'Overview',
      'What we do',
      'Core tasks',
      'Values',
      'Collective defence',
      'Working with us',
      'Diversity and inclusion',
    ]);
    expect(parts(element, 'pillar-heading').map(text)).to.deep.equal(['Political', 'Military']);
    expect(parts(element, 'pillar-heading')[0].localName).to.equal('h4');
    expect(part(element, 'core-tasks')!.querySelectorAll('li')).to.have.length(3);
    expect([...part(element, 'values')!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Integrity',
      'Impartiality',
      'Loyalty',
      'Accountability',
      'Professionalism',
    ]);
    expect(text(part(element, 'collective-defence')!)).to.contain('Article 5');
    await expect(element).to.be.accessible();
  });

  it('fires nato-load with the organisation once it is on screen', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(container, 'nato-load');
    container.innerHTML = `<nato-about-panel endpoint="${feedUrl({ key: uniqueKey('load') })}"></nato-about-panel>`;
    const event = (await loaded) as unknown as NatoLoadEvent;
    const element = container.firstElementChild as NatoAboutPanel;
    expect(parts(element, 'section').length).to.be.greaterThan(0);
    expect((event.data as Organization).id).to.equal('nato');
  });

  it('reads the whole feed or the organisation alone handed in', async () => {
    for (const data of [{ version: 1, organization: organization() }, organization()]) {
      const element = await panelWith(data);
      expect(part(element, 'heading')!.textContent).to.equal('North Atlantic Treaty Organization (NATO)');
      expect(sectionNames(element)).to.deep.equal(['purpose', 'pillars', 'core-tasks', 'values', 'collective-defence', 'diversity']);
    }
  });

  it('picks and orders sections, and names the valid ones when given an unknown one', async () => {
    const errors = captureConsole('error');
    try {
      const element = await panelWith(organization(), { sections: 'values, core-tasks,purpose' });
      expect(sectionNames(element)).to.deep.equal(['values', 'core-tasks', 'purpose']);
      expect(errors.messages).to.have.length(0);
      element.sections = 'pillars,mission,history';
      await element.updateComplete;
      await element.updateComplete;
      expect(sectionNames(element)).to.deep.equal(['pillars']);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('"mission", "history"');
      expect(errors.messages[0]).to.contain('purpose, description, pillars, coreTasks, values, collectiveDefence, workingAt, diversity');
    } finally {
      errors.restore();
    }
  });

  it('leaves out a missing section, and shows the empty state when none of the chosen is there', async () => {
    const element = await panelWith(organization({ values: [], purpose: undefined }), { sections: 'purpose,values,pillars' });
    expect(sectionNames(element)).to.deep.equal(['pillars']);
    element.sections = 'purpose,values';
    await element.updateComplete;
    expect(element.feedState).to.equal('empty');
    expect(part(element, 'empty')!.textContent).to.equal('There is no information about the organisation to show right now.');
    await expect(element).to.be.accessible();
    const none = await panelWith({ version: 1, jobs: [] });
    expect(none.feedState).to.equal('empty');
  });

  it('shows a busy, announced skeleton while loading, and keeps loading when moved', async () => {
    const key = uniqueKey('move');
    const container = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    container.querySelector('#a')!.innerHTML = `<nato-about-panel endpoint="${feedUrl({ key, delay: 400 })}"></nato-about-panel>`;
    const element = container.querySelector('nato-about-panel')!;
    await element.updateComplete;
    expect(element.feedState).to.equal('loading');
    expect(root(element).querySelector('[role="status"]')!.textContent).to.equal('Loading the organisation profile…');
    expect(part(element, 'heading')!.textContent).to.equal('About the organisation');
    expect(root(element).querySelector('.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
    container.querySelector('#b')!.append(element);
    await settled(element);
    expect(element.feedState).to.equal('loaded');
    expect(await requestCount(key)).to.be.at.least(1);
  });

  it('shows an alert with Try again when the feed fails, and recovers', async () => {
    const errors = captureConsole('error');
    try {
      const element = await panelFrom(feedUrl({ key: uniqueKey('retry'), status: 403, failTimes: 1 }));
      expect(element.feedState).to.equal('error');
      expect(root(element).querySelector('[role="alert"] h3')!.textContent).to.equal('Careers information unavailable');
      await expect(element).to.be.accessible();
      part(element, 'retry')!.click();
      await waitUntil(() => element.feedState === 'loaded', 'retry did not load', { timeout: 8000 });
      await element.updateComplete;
      expect(parts(element, 'section').length).to.equal(8);
    } finally {
      errors.restore();
    }
  });

  it('says it is not configured without a source', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<NatoAboutPanel>(html`<nato-about-panel></nato-about-panel>`);
      await waitUntil(() => part(element, 'unconfigured'), 'no message');
      await expect(element).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('speaks French, and marks text that fell back to another language', async () => {
    const element = await panelFrom(feedUrl({ key: uniqueKey('fr') }), 'lang="fr"');
    expect(part(element, 'heading')!.textContent).to.equal('Organisation du Traité de l\'Atlantique Nord (OTAN)');
    expect(parts(element, 'section-heading').map(text).slice(0, 4)).to.deep.equal([
      'Raison d’être',
      'Présentation',
      'Notre action',
      'Tâches fondamentales',
    ]);
    expect(text(part(element, 'values')!.querySelector('li')!)).to.equal('Intégrité');
    await expect(element).to.be.accessible();
    const fallback = await panelWith(organization({ values: [{ en: 'Integrity' }, { en: 'Loyalty', fr: 'Loyauté' }] }), { lang: 'fr' });
    const values = [...part(fallback, 'values')!.querySelectorAll('li')];
    expect(values[0].getAttribute('lang')).to.equal('en');
    expect(values[1].hasAttribute('lang')).to.be.false;
  });

  it('sets its heading level, with sections one below and pillars two below', async () => {
    const element = await panelWith(organization(), { 'heading-level': '3' });
    expect(part(element, 'heading')!.localName).to.equal('h3');
    expect(part(element, 'section-heading')!.localName).to.equal('h4');
    expect(part(element, 'pillar-heading')!.localName).to.equal('h5');
    expect(part(element, 'statement-heading')!.localName).to.equal('h5');
  });

  it('puts the pillars side by side when wide, one above the other when narrow', async () => {
    const wide = await panelWith(organization(), {}, 800);
    const [a, b] = parts(wide, 'pillar');
    expect(a.getBoundingClientRect().top).to.equal(b.getBoundingClientRect().top);
    expect(a.getBoundingClientRect().right).to.be.at.most(b.getBoundingClientRect().left);
    const narrow = await panelWith(organization(), {}, 300);
    const [c, d] = parts(narrow, 'pillar');
    expect(d.getBoundingClientRect().top).to.be.at.least(c.getBoundingClientRect().bottom);
  });

  it('keeps unbroken 300-character words inside a 280 px container', async () => {
    const word = 'W'.repeat(300);
    const element = await panelWith(
      organization({
        name: word,
        purpose: word,
        pillars: [{ title: word, text: [word] }],
        coreTasks: [word],
        values: [word],
        collectiveDefence: [word],
        diversity: [{ title: word, text: [word] }],
      }),
      {},
      280,
    );
    const right = element.getBoundingClientRect().right;
    expect(element.getBoundingClientRect().width).to.be.at.most(280);
    for (const node of root(element).querySelectorAll('*:not(.visually-hidden, .visually-hidden *)')) {
      expect(node.getBoundingClientRect().right, node.getAttribute('part') ?? node.localName).to.be.at.most(right + 0.5);
    }
  });

  it('renders feed text as text, never as HTML', async () => {
    const element = await panelWith(organization({ purpose: '<img src=x onerror="window.hacked=1">', values: ['<b>bold</b>'] }));
    expect(text(part(element, 'purpose')!.querySelector('p')!)).to.equal('<img src=x onerror="window.hacked=1">');
    expect(root(element).querySelector('img, b')).to.be.null;
  });

  it('takes the dark theme', async () => {
    const element = await panelWith(organization(), { theme: 'dark' });
    expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(element).to.be.accessible();
  });
});
