import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/benefits-panel/benefits-panel.js';
import type { NatoBenefitsPanel } from '../../src/components/benefits-panel/benefits-panel.component.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { Benefit } from '../../src/data/feed-types.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import { captureConsole, feedUrl, requestCount, settledState as settled, sleep, uniqueKey } from '../data/helpers.js';

/** The demo feed's benefits. */
const DEMO_BENEFITS = 9;

const root = (element: Element) => element.shadowRoot!;
const all = (element: Element, selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)];
const texts = (element: Element, selector: string) => all(element, selector).map((node) => node.textContent!.trim());

async function panelFrom(endpoint: string, attributes = ''): Promise<NatoBenefitsPanel> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<nato-benefits-panel endpoint="${endpoint}" ${attributes}></nato-benefits-panel>`;
  const panel = container.firstElementChild as NatoBenefitsPanel;
  await settled(panel);
  return panel;
}

async function panelWith(data: unknown, attributes: Partial<NatoBenefitsPanel> = {}, lang?: string): Promise<NatoBenefitsPanel> {
  const panel = await fixture<NatoBenefitsPanel>(html`<nato-benefits-panel lang=${lang ?? 'en'}></nato-benefits-panel>`);
  Object.assign(panel, attributes);
  panel.data = data as Benefit[];
  await settled(panel);
  return panel;
}

const benefit = (id: string, extra: Partial<Benefit> = {}): Benefit => ({ id, title: `Title ${id}`, ...extra });

describe('<nato-benefits-panel>', function () {
  // Two shared cores: the first test also loads the modules and axe.
  this.timeout(20_000);
  beforeEach(() => clearFeedCache());

  describe('loaded from an endpoint', () => {
    it('shows the heading and each benefit as a list item with a title one level below and its description', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('loaded') }));
      expect(texts(panel, 'h2')).to.deep.equal(['What can you expect?']);
      const list = root(panel).querySelector('ul[part="list"]')!;
      expect(list.getAttribute('role')).to.equal('list');
      const items = all(panel, 'ul > li[part="item"]');
      expect(items).to.have.length(DEMO_BENEFITS);
      expect(items[0].querySelector('h3[part="title"]')!.textContent).to.equal('Work alongside professionals from diverse backgrounds');
      expect(items[0].querySelector('[part="description"]')!.textContent).to.contain('nearly one billion citizens');
      expect(texts(panel, '[part="title"]')).to.include('Flexible working hours and teleworking');
      await expect(panel).to.be.accessible();
    });

    it('draws a decorative icon, in the primary colour, for every icon name the demo feed uses', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('icons') }));
      const icons = all(panel, '[part="icon"]');
      expect(icons).to.have.length(DEMO_BENEFITS);
      for (const icon of icons) {
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        const svg = icon.querySelector('svg')!;
        expect(svg.getAttribute('stroke')).to.equal('currentColor');
        expect(svg.childElementCount).to.be.greaterThan(0);
        expect(svg.getBoundingClientRect().width).to.be.greaterThan(16);
      }
      const title = root(panel).querySelector('[part="title"]')!;
      expect(getComputedStyle(icons[0]).color).not.to.equal(getComputedStyle(title).color);
    });

    it('fires nato-load once the benefits are on screen, with the benefits shown', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const loaded = oneEvent(container, 'nato-load');
      container.innerHTML = `<nato-benefits-panel limit="3" endpoint="${feedUrl({ key: uniqueKey('event') })}"></nato-benefits-panel>`;
      const event = (await loaded) as unknown as NatoLoadEvent;
      const panel = container.firstElementChild as NatoBenefitsPanel;
      expect(event.composed).to.be.true;
      expect(all(panel, '[part="item"]')).to.have.length(3);
      expect((event.data as Benefit[]).map((item) => item.id)).to.deep.equal([
        'diverse-colleagues',
        'development-training',
        'merit-based-recruitment',
      ]);
    });

    it('reads an endpoint that serves only the list of benefits', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('section'), section: 'benefits' }));
      expect(all(panel, '[part="item"]')).to.have.length(DEMO_BENEFITS);
    });
  });

  describe('states', () => {
    it('shows an aria-hidden skeleton with the loaded layout while loading, and announces loading', async () => {
      const panel = await fixture<NatoBenefitsPanel>(
        html`<nato-benefits-panel layout="grid" endpoint=${feedUrl({ key: uniqueKey('loading'), delay: 1500 })}></nato-benefits-panel>`,
      );
      await panel.updateComplete;
      expect(panel.feedState).to.equal('loading');
      const placeholder = root(panel).querySelector('.placeholder')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.querySelector('.list.layout-grid .item .icon')).to.exist;
      expect(root(panel).querySelector('[role="status"]')!.textContent).to.equal('Loading benefits…');
      await expect(panel).to.be.accessible();
      await settled(panel);
      expect(root(panel).querySelector('[role="status"]')!.textContent).to.equal('');
    });

    it('shows as many placeholders as limit allows, without icons under hide-icons', async () => {
      const panel = await fixture<NatoBenefitsPanel>(
        html`<nato-benefits-panel limit="2" hide-icons endpoint=${feedUrl({ key: uniqueKey('steady'), delay: 800 })}></nato-benefits-panel>`,
      );
      await panel.updateComplete;
      expect(all(panel, '.placeholder .item')).to.have.length(2);
      expect(all(panel, '.placeholder .icon')).to.have.length(0);
    });

    it('shows an error with a Retry that loads the benefits', async () => {
      const errors = captureConsole('error');
      try {
        const key = uniqueKey('retry');
        const panel = await panelFrom(feedUrl({ key, status: 404, failTimes: 1 }));
        expect(panel.feedState).to.equal('error');
        const alert = root(panel).querySelector('[role="alert"]')!;
        expect(alert.querySelector('h3')).to.exist;
        await expect(panel).to.be.accessible();
        const loaded = oneEvent(panel, 'nato-load');
        root(panel).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await loaded;
        expect(all(panel, '[part="item"]')).to.have.length(DEMO_BENEFITS);
        expect(await requestCount(key)).to.equal(2);
        expect(errors.messages.some((message) => message.includes('nato-benefits-panel'))).to.be.true;
      } finally {
        errors.restore();
      }
    });

    it('says so when there are no benefits', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('empty'), empty: true }));
      expect(panel.feedState).to.equal('empty');
      expect(root(panel).querySelector('[part="empty"]')!.textContent).to.equal('There are no benefits to show right now.');
      expect(root(panel).querySelector('[part="list"]')).to.be.null;
      await expect(panel).to.be.accessible();
    });

    it('says it is not configured, with a console error, when it has no source', async () => {
      const errors = captureConsole('error');
      try {
        const panel = await fixture<NatoBenefitsPanel>(html`<nato-benefits-panel></nato-benefits-panel>`);
        await sleep(50);
        expect(panel.feedState).to.equal('unconfigured');
        expect(root(panel).querySelector('[part="unconfigured"]')).to.exist;
        expect(errors.messages.some((message) => message.includes('<nato-benefits-panel>') && message.includes('endpoint'))).to.be.true;
        await expect(panel).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('finishes loading after being moved in the DOM while loading', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
      const panel = document.createElement('nato-benefits-panel');
      panel.endpoint = feedUrl({ key: uniqueKey('moved'), delay: 300 });
      container.querySelector('#a')!.append(panel);
      await panel.updateComplete;
      expect(panel.feedState).to.equal('loading');
      container.querySelector('#b')!.append(panel);
      expect(await settled(panel)).to.equal('loaded');
      expect(all(panel, '[part="item"]')).to.have.length(DEMO_BENEFITS);
    });
  });

  describe('attributes', () => {
    it('takes its data from the data property, without fetching', async () => {
      const panel = await panelWith([benefit('a', { description: 'Described' }), benefit('b')]);
      expect(texts(panel, '[part="title"]')).to.deep.equal(['Title a', 'Title b']);
      expect(all(panel, '[part="description"]')).to.have.length(1);
    });

    it('sets its heading level, and the titles one below', async () => {
      const panel = await panelWith([benefit('a')], { headingLevel: 4 });
      expect(root(panel).querySelector('h4[part="heading"]')).to.exist;
      expect(root(panel).querySelector('h5[part="title"]')).to.exist;
    });

    it('lets the page replace the heading through the heading slot', async () => {
      const panel = await fixture<NatoBenefitsPanel>(
        html`<nato-benefits-panel .data=${[benefit('a')]}><h2 slot="heading">Why join us</h2></nato-benefits-panel>`,
      );
      await settled(panel);
      const slot = root(panel).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Why join us');
    });

    it('lays the benefits out as cards side by side in a wide container, one above the other in a narrow one', async () => {
      const data = [benefit('a'), benefit('b'), benefit('c')];
      const wide = await fixture<HTMLDivElement>(html`<div style="width: 900px"><nato-benefits-panel layout="grid" .data=${data}></nato-benefits-panel></div>`);
      const widePanel = wide.firstElementChild as NatoBenefitsPanel;
      await settled(widePanel);
      const [a, b] = all(widePanel, '[part="item"]').map((item) => item.getBoundingClientRect());
      expect(Math.round(a.top)).to.equal(Math.round(b.top));
      expect(getComputedStyle(all(widePanel, '[part="item"]')[0]).borderTopStyle).to.equal('solid');

      const narrow = await fixture<HTMLDivElement>(html`<div style="width: 280px"><nato-benefits-panel layout="grid" .data=${data}></nato-benefits-panel></div>`);
      const narrowPanel = narrow.firstElementChild as NatoBenefitsPanel;
      await settled(narrowPanel);
      const [c, d] = all(narrowPanel, '[part="item"]').map((item) => item.getBoundingClientRect());
      expect(d.top).to.be.greaterThan(c.bottom - 1);
      await expect(narrowPanel).to.be.accessible();
    });

    it('reports an unknown layout and shows the list', async () => {
      const errors = captureConsole('error');
      try {
        const panel = await panelFrom(feedUrl({ key: uniqueKey('layout') }), 'layout="cards"');
        expect(errors.messages.some((message) => message.includes('layout="cards"') && message.includes('"grid"'))).to.be.true;
        expect(root(panel).querySelector('.layout-list')).to.exist;
      } finally {
        errors.restore();
      }
    });

    it('groups by category in feed order, with the benefits that have none last under "Other"', async () => {
      const data = [
        benefit('a', { category: 'Pay' }),
        benefit('b'),
        benefit('c', { category: 'People' }),
        benefit('d', { category: 'Pay' }),
      ];
      const panel = await panelWith(data, { groupBy: 'category' });
      expect(texts(panel, 'h3[part="category"]')).to.deep.equal(['Pay', 'People', 'Other']);
      const groups = all(panel, '.group').map((group) => [...group.querySelectorAll('h4[part="title"]')].map((title) => title.textContent));
      expect(groups).to.deep.equal([['Title a', 'Title d'], ['Title c'], ['Title b']]);
      expect(all(panel, 'ul[part="list"]')).to.have.length(3);
      await expect(panel).to.be.accessible();
    });

    it('groups the demo feed into its categories', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('grouped') }), 'group-by="category" layout="grid"');
      expect(texts(panel, '[part="category"]')).to.deep.equal(['People', 'Growth', 'Work–life', 'Pay and security']);
      expect(all(panel, '[part="item"]')).to.have.length(DEMO_BENEFITS);
    });

    it('hides the icons with hide-icons', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('hide') }), 'hide-icons');
      expect(all(panel, '[part="item"]')).to.have.length(DEMO_BENEFITS);
      expect(all(panel, '[part="icon"]')).to.have.length(0);
    });

    it('shows no icon, not a broken box, for an unknown icon name', async () => {
      const panel = await panelWith([
        benefit('a', { icon: 'unicorn' }),
        benefit('b', { icon: 'constructor' }),
        benefit('c', { icon: '__proto__' }),
        benefit('d', { icon: 'HEALTH' }),
      ]);
      const items = all(panel, '[part="item"]');
      expect(items.map((item) => Boolean(item.querySelector('[part="icon"]')))).to.deep.equal([false, false, false, true]);
    });

    it('shows at most limit benefits', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('limit') }), 'limit="2"');
      expect(all(panel, '[part="item"]')).to.have.length(2);
    });

    for (const limit of ['0', '-1', '2.5', 'many']) {
      it(`reports limit="${limit}" in the console and shows every benefit`, async () => {
        const errors = captureConsole('error');
        try {
          const panel = await panelFrom(feedUrl({ key: uniqueKey('bad-limit') }), `limit="${limit}"`);
          expect(errors.messages.some((message) => message.includes(`limit="${limit}"`))).to.be.true;
          expect(all(panel, '[part="item"]')).to.have.length(DEMO_BENEFITS);
        } finally {
          errors.restore();
        }
      });
    }
  });

  describe('language', () => {
    it('speaks French: heading, benefits, categories and "Other"', async () => {
      const panel = await panelFrom(feedUrl({ key: uniqueKey('fr') }), 'lang="fr" group-by="category"');
      expect(root(panel).querySelector('[part="heading"]')!.textContent).to.equal('À quoi pouvez-vous vous attendre\u00a0?');
      expect(texts(panel, '[part="title"]')).to.include('Horaires flexibles et télétravail');
      expect(texts(panel, '[part="category"]')[0]).to.equal('Personnes');
      await expect(panel).to.be.accessible();

      const other = await panelWith([benefit('a', { category: { fr: 'Paie' } }), benefit('b')], { groupBy: 'category' }, 'fr');
      expect(texts(other, '[part="category"]')).to.deep.equal(['Paie', 'Autres']);
    });

    it('marks text that fell back to another language with its lang', async () => {
      const panel = await panelWith(
        [benefit('a', { title: { en: 'Pension' }, description: { en: 'A pension', fr: 'Une pension' }, category: { de: 'Geld' } })],
        { groupBy: 'category' },
        'fr',
      );
      expect(root(panel).querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
      expect(root(panel).querySelector('[part="description"]')!.hasAttribute('lang')).to.be.false;
      expect(root(panel).querySelector('[part="category"]')!.getAttribute('lang')).to.equal('de');
    });
  });

  describe('long text and safety', () => {
    for (const layout of ['list', 'grid']) {
      it(`keeps very long titles and unbroken words inside a 280 px container (${layout})`, async () => {
        const word = 'W'.repeat(300);
        const container = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
        const panel = document.createElement('nato-benefits-panel');
        panel.layout = layout as 'list' | 'grid';
        panel.groupBy = 'category';
        panel.data = [benefit('a', { title: word, description: `${word} ${'long text '.repeat(40)}`, icon: 'health', category: word })];
        container.append(panel);
        await settled(panel);
        const base = root(panel).querySelector<HTMLElement>('[part="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(panel.getBoundingClientRect().width).to.be.at.most(280);
        for (const selector of ['[part="title"]', '[part="description"]', '[part="category"]']) {
          const box = root(panel).querySelector(selector)!.getBoundingClientRect();
          expect(box.right, selector).to.be.at.most(base.getBoundingClientRect().right);
        }
      });
    }

    it('shows markup in feed text as text', async () => {
      const panel = await panelWith([benefit('a', { title: '<img src=x onerror="window.hacked=1">', description: '<b>bold</b>' })]);
      expect(root(panel).querySelector('img, b')).to.be.null;
      expect(root(panel).querySelector('[part="title"]')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
      expect((window as unknown as { hacked?: number }).hacked).to.be.undefined;
    });

    it('drops invalid benefits with a warning and shows the rest', async () => {
      const warnings = captureConsole('warn');
      try {
        const panel = await panelWith([benefit('a'), { id: 'b' }, benefit('c')]);
        expect(texts(panel, '[part="title"]')).to.deep.equal(['Title a', 'Title c']);
        expect(warnings.messages.some((message) => message.includes('benefits'))).to.be.true;
      } finally {
        warnings.restore();
      }
    });
  });

  describe('dark theme', () => {
    it('follows theme="dark": dark surface, light titles', async () => {
      const panel = await fixture<NatoBenefitsPanel>(html`<nato-benefits-panel theme="dark" .data=${[benefit('a', { icon: 'leave' })]}></nato-benefits-panel>`);
      await settled(panel);
      const base = root(panel).querySelector<HTMLElement>('[part="base"]')!;
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
        return (r + g + b) / 3;
      };
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.below(60);
      expect(luminance(getComputedStyle(root(panel).querySelector('[part="title"]')!).color)).to.be.above(180);
      await expect(panel).to.be.accessible();
    });
  });
});
