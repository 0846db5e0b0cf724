import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/company-stats/company-stats.js';
import type { NatoCompanyStats } from '../../src/components/company-stats/company-stats.component.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { Stat } from '../../src/data/feed-types.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import { captureConsole, feedUrl, requestCount, settledState as settled, sleep, uniqueKey } from '../data/helpers.js';

const DEMO_IDS = ['founded', 'headquarters', 'civilians', 'member-countries', 'citizens'];

const root = (element: Element) => element.shadowRoot!;
const all = (element: Element, selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)];
/** Text as read: whitespace collapsed, non-breaking and narrow spaces made plain. */
const read = (node: Element) => node.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const texts = (element: Element, selector: string) => all(element, selector).map(read);
/** The value shown for the fact labelled `label`. */
const valueOf = (element: Element, label: string) => {
  const item = all(element, '[part="item"]').find((node) => read(node.querySelector('dt')!) === label);
  return item ? read(item.querySelector('[part="value"]')!) : undefined;
};

/** The age in whole years of something founded on 4 April 1949, today. */
function ageToday(): number {
  const now = new Date();
  return now.getFullYear() - 1949 - (now.getMonth() < 3 || (now.getMonth() === 3 && now.getDate() < 4) ? 1 : 0);
}

async function statsFrom(endpoint: string, attributes = ''): Promise<NatoCompanyStats> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<nato-company-stats endpoint="${endpoint}" ${attributes}></nato-company-stats>`;
  const element = container.firstElementChild as NatoCompanyStats;
  await settled(element);
  return element;
}

async function statsWith(data: unknown, attributes: Partial<NatoCompanyStats> = {}, lang = 'en'): Promise<NatoCompanyStats> {
  const element = await fixture<NatoCompanyStats>(html`<nato-company-stats lang=${lang}></nato-company-stats>`);
  Object.assign(element, attributes);
  element.data = data as Stat[];
  await settled(element);
  return element;
}

describe('<nato-company-stats>', function () {
  // Two shared cores: the first test also loads the modules and axe.
  this.timeout(20_000);
  beforeEach(() => clearFeedCache());

  describe('loaded from an endpoint', () => {
    it('shows the facts as a description list: label, then the value formatted in British English', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('loaded') }));
      expect(texts(element, 'h2')).to.deep.equal(['Facts and figures']);
      const list = root(element).querySelector('dl[part="list"]')!;
      expect(list.querySelectorAll('dt[part="label"]')).to.have.length(5);
      expect(texts(element, '[part="label"]')).to.deep.equal([
        'Date established',
        'Headquarters',
        'Civilians working for NATO',
        'Member countries',
        'Citizens protected',
      ]);
      expect(valueOf(element, 'Date established')).to.equal('4 April 1949');
      expect(valueOf(element, 'Headquarters')).to.equal('Brussels, Belgium');
      expect(valueOf(element, 'Civilians working for NATO')).to.equal('about 6,000');
      expect(valueOf(element, 'Member countries')).to.equal('32');
      expect(valueOf(element, 'Citizens protected')).to.equal('about 1 billion');
      await expect(element).to.be.accessible();
    });

    it('gives the date its machine-readable form and its age computed today, not a stale one', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('date') }));
      const time = root(element).querySelector('[part="value"] time')!;
      expect(time.getAttribute('datetime')).to.equal('1949-04-04');
      const note = root(element).querySelector('dd[part="note"]')!;
      expect(read(note)).to.contain(`${ageToday()} years ago`);
      expect(read(note)).not.to.contain('70 years');
    });

    it('fires nato-load once the facts are on screen, with the facts shown in order', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = oneEvent(container, 'nato-load');
      container.innerHTML = `<nato-company-stats stats="citizens,founded" endpoint="${feedUrl({ key: uniqueKey('event') })}"></nato-company-stats>`;
      const event = (await loaded) as unknown as NatoLoadEvent;
      const element = container.firstElementChild as NatoCompanyStats;
      expect(event.composed).to.be.true;
      expect(all(element, '[part="item"]')).to.have.length(2);
      expect((event.data as Stat[]).map((stat) => stat.id)).to.deep.equal(['citizens', 'founded']);
    });

    it('reads an endpoint that serves only the list of facts', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('section'), section: 'stats' }));
      expect(all(element, '[part="item"]')).to.have.length(5);
    });
  });

  describe('states', () => {
    it('shows an aria-hidden skeleton of tiles while loading, one per fact asked for, and announces loading', async () => {
      const element = await fixture<NatoCompanyStats>(
        html`<nato-company-stats stats="founded,civilians,citizens" endpoint=${feedUrl({ key: uniqueKey('loading'), delay: 1500 })}></nato-company-stats>`,
      );
      await element.updateComplete;
      expect(element.feedState).to.equal('loading');
      const placeholder = root(element).querySelector('.placeholder')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.querySelectorAll('.layout-grid .item')).to.have.length(3);
      expect(root(element).querySelector('[role="status"]')!.textContent).to.equal('Loading facts and figures…');
      await expect(element).to.be.accessible();
      expect(await settled(element)).to.equal('loaded');
    });

    it('shows an error with a Retry that loads the facts', async () => {
      const errors = captureConsole('error');
      try {
        const key = uniqueKey('retry');
        const element = await statsFrom(feedUrl({ key, status: 404, failTimes: 1 }));
        expect(element.feedState).to.equal('error');
        expect(root(element).querySelector('[role="alert"] h3')).to.exist;
        await expect(element).to.be.accessible();
        const loaded = oneEvent(element, 'nato-load');
        root(element).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await loaded;
        expect(all(element, '[part="item"]')).to.have.length(5);
        expect(await requestCount(key)).to.equal(2);
      } finally {
        errors.restore();
      }
    });

    it('says so when there are no facts', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('empty'), empty: true }));
      expect(element.feedState).to.equal('empty');
      expect(read(root(element).querySelector('[part="empty"]')!)).to.equal('There are no facts and figures to show right now.');
      await expect(element).to.be.accessible();
    });

    it('says it is not configured, with a console error, when it has no source', async () => {
      const errors = captureConsole('error');
      try {
        const element = await fixture<NatoCompanyStats>(html`<nato-company-stats></nato-company-stats>`);
        await sleep(50);
        expect(element.feedState).to.equal('unconfigured');
        expect(root(element).querySelector('[part="unconfigured"]')).to.exist;
        expect(errors.messages.some((message) => message.includes('<nato-company-stats>'))).to.be.true;
        await expect(element).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('finishes loading after being moved in the DOM while loading', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
      const element = document.createElement('nato-company-stats');
      element.endpoint = feedUrl({ key: uniqueKey('moved'), delay: 300 });
      container.querySelector('#a')!.append(element);
      await element.updateComplete;
      expect(element.feedState).to.equal('loading');
      container.querySelector('#b')!.append(element);
      expect(await settled(element)).to.equal('loaded');
      expect(all(element, '[part="item"]')).to.have.length(5);
    });
  });

  describe('attributes', () => {
    it('picks and orders the facts with stats', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('pick') }), 'stats=" civilians , founded,civilians"');
      expect(texts(element, '[part="label"]')).to.deep.equal(['Civilians working for NATO', 'Date established']);
    });

    it('reports unknown ids once, listing the ids that exist, and shows the known ones', async () => {
      const errors = captureConsole('error');
      try {
        const element = await statsFrom(feedUrl({ key: uniqueKey('unknown') }), 'stats="founded,staff,budget"');
        expect(texts(element, '[part="label"]')).to.deep.equal(['Date established']);
        const reported = errors.messages.filter((message) => message.includes('stats='));
        expect(reported).to.have.length(1);
        for (const id of ['"staff"', '"budget"', ...DEMO_IDS.map((known) => `"${known}"`)]) expect(reported[0]).to.contain(id);
        element.requestUpdate();
        await element.updateComplete;
        expect(errors.messages.filter((message) => message.includes('stats='))).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('is empty, with a console error, when no id in stats exists', async () => {
      const errors = captureConsole('error');
      try {
        const element = await statsFrom(feedUrl({ key: uniqueKey('none') }), 'stats="budget"');
        expect(element.feedState).to.equal('empty');
        expect(errors.messages.some((message) => message.includes('"budget"'))).to.be.true;
      } finally {
        errors.restore();
      }
    });

    it('sets its heading level', async () => {
      const element = await statsWith([{ id: 'a', label: 'Staff', value: 5, kind: 'number' }], { headingLevel: 3 });
      expect(root(element).querySelector('h3[part="heading"]')!.textContent).to.equal('Facts and figures');
    });

    it('shows the inline layout as a compact row, with a dash before the age', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('inline') }), 'layout="inline" stats="founded,member-countries"');
      const [first, second] = all(element, '[part="item"]').map((item) => item.getBoundingClientRect());
      expect(Math.round(first.top)).to.equal(Math.round(second.top));
      const note = root(element).querySelector<HTMLElement>('[part="note"]')!;
      expect(note.innerText.trim()).to.match(/^— \d+ years ago$/);
      await expect(element).to.be.accessible();
    });

    it('reports an unknown layout and shows the grid', async () => {
      const errors = captureConsole('error');
      try {
        const element = await statsFrom(feedUrl({ key: uniqueKey('layout') }), 'layout="row"');
        expect(errors.messages.some((message) => message.includes('layout="row"') && message.includes('"inline"'))).to.be.true;
        expect(root(element).querySelector('.layout-grid')).to.exist;
      } finally {
        errors.restore();
      }
    });
  });

  describe('formatting', () => {
    it('writes numbers in full below a million and in words from a million, approximate ones with "about"', async () => {
      const element = await statsWith([
        { id: 'a', label: 'A', value: 999_999, kind: 'number' },
        { id: 'b', label: 'B', value: 1_000_000, kind: 'number' },
        { id: 'c', label: 'C', value: 2_500_000_000, kind: 'number', approximate: true },
        { id: 'd', label: 'D', value: 0.5, kind: 'number' },
      ]);
      expect(texts(element, '[part="value"]')).to.deep.equal(['999,999', '1 million', 'about 2.5 billion', '0.5']);
    });

    it('speaks French: heading, labels, « environ 6 000 », « 1 milliard », « 4 avril 1949 — il y a N ans », « Bruxelles, Belgique »', async () => {
      const element = await statsFrom(feedUrl({ key: uniqueKey('fr') }), 'lang="fr"');
      expect(read(root(element).querySelector('[part="heading"]')!)).to.equal('Faits et chiffres');
      expect(valueOf(element, 'Date de création')).to.equal('4 avril 1949');
      expect(read(root(element).querySelector('[part="note"]')!)).to.contain(`il y a ${ageToday()} ans`);
      expect(valueOf(element, 'Siège')).to.equal('Bruxelles, Belgique');
      expect(valueOf(element, "Civils travaillant pour l'OTAN")).to.equal('environ 6 000');
      expect(valueOf(element, 'Citoyens protégés')).to.equal('environ 1 milliard');
      await expect(element).to.be.accessible();
    });

    it('shows text values as text and places without a city as the country', async () => {
      const element = await statsWith([
        { id: 't', label: 'Motto', value: { en: 'Together', fr: 'Ensemble' }, kind: 'text' },
        { id: 'p', label: 'Where', value: { country: 'LU' }, kind: 'place' },
      ]);
      expect(texts(element, '[part="value"]')).to.deep.equal(['Together', 'Luxembourg']);
    });

    it('marks text that fell back to another language with its lang', async () => {
      const element = await statsWith(
        [
          { id: 'p', label: { en: 'Office' }, value: { city: { en: 'Mons' }, country: 'BE' }, kind: 'place' },
          { id: 't', label: { fr: 'Devise', en: 'Motto' }, value: { en: 'Together' }, kind: 'text' },
        ],
        {},
        'fr',
      );
      const [place, text] = all(element, '[part="item"]');
      expect(place.querySelector('dt')!.getAttribute('lang')).to.equal('en');
      expect(place.querySelector('[part="value"] span')!.getAttribute('lang')).to.equal('en');
      expect(read(place.querySelector('[part="value"]')!)).to.equal('Mons, Belgique');
      expect(text.querySelector('dt')!.hasAttribute('lang')).to.be.false;
      expect(text.querySelector('[part="value"] span')!.getAttribute('lang')).to.equal('en');
    });

    it('shows a date less than a year old without an age, and a date to come as "in N years"', async () => {
      const now = new Date();
      const iso = (date: Date) =>
        `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      const future = new Date(now.getFullYear() + 3, now.getMonth(), now.getDate());
      const element = await statsWith([
        { id: 'today', label: 'Today', value: iso(now), kind: 'date' },
        { id: 'future', label: 'Later', value: iso(future), kind: 'date' },
      ]);
      const notes = all(element, '[part="item"]').map((item) => item.querySelector('[part="note"]'));
      expect(notes[0]).to.be.null;
      expect(read(notes[1]!)).to.contain('in 3 years');
    });
  });

  describe('long text and narrow containers', () => {
    for (const layout of ['grid', 'inline']) {
      it(`keeps big figures, long labels and unbroken words inside a 280 px container (${layout})`, async () => {
        const word = 'W'.repeat(300);
        const container = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
        const element = document.createElement('nato-company-stats');
        element.layout = layout as 'grid' | 'inline';
        element.lang = 'fr';
        element.data = [
          { id: 'a', label: word, value: 1_000_000_000, kind: 'number', approximate: true },
          { id: 'b', label: 'Effectif', value: 123_456, kind: 'number', approximate: true },
          { id: 'c', label: 'Texte', value: `${word} ${'texte long '.repeat(30)}`, kind: 'text' },
          { id: 'd', label: 'Date', value: '1949-09-04', kind: 'date' },
          { id: 'e', label: 'Lieu', value: { city: word, country: 'BE' }, kind: 'place' },
        ] as Stat[];
        container.append(element);
        await settled(element);
        const base = root(element).querySelector<HTMLElement>('[part="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const right = base.getBoundingClientRect().right;
        for (const node of all(element, '[part="label"], [part="value"], [part="note"], .figure')) {
          expect(node.getBoundingClientRect().right, read(node).slice(0, 30)).to.be.at.most(right);
        }
        await expect(element).to.be.accessible();
      });
    }

    it('shows markup in feed text as text', async () => {
      const element = await statsWith([{ id: 'x', label: '<img src=x onerror="window.hacked=1">', value: '<b>1</b>', kind: 'text' }]);
      expect(root(element).querySelector('img, b')).to.be.null;
      expect((window as unknown as { hacked?: number }).hacked).to.be.undefined;
    });

    it('follows theme="dark"', async () => {
      const element = await fixture<NatoCompanyStats>(
        html`<nato-company-stats theme="dark" .data=${[{ id: 'a', label: 'Staff', value: 6000, kind: 'number' }]}></nato-company-stats>`,
      );
      await settled(element);
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
        return (r + g + b) / 3;
      };
      expect(luminance(getComputedStyle(root(element).querySelector('[part="item"]')!).backgroundColor)).to.be.below(70);
      expect(luminance(getComputedStyle(root(element).querySelector('[part="value"]')!).color)).to.be.above(150);
      await expect(element).to.be.accessible();
    });
  });
});
