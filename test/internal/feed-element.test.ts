import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/careers/careers.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { CareersFeed } from '../../src/data/feed-types.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import { registerStrings } from '../../src/internal/localize.js';
import { captureConsole, feedUrl, requestCount, uniqueKey, withResponseHeaders } from '../data/helpers.js';
import { listed, loadedState, shadow, type TestBenefits } from './test-element.js';

const BENEFITS = 9; // in the demo feed
const feedWith = (...titles: string[]): CareersFeed => ({
  version: 1,
  benefits: titles.map((title, i) => ({ id: `b${i}`, title })),
});

describe('NatoFeedElement (the base of every element)', function () {
  this.timeout(20_000);
  beforeEach(() => clearFeedCache());

  describe('moved in the DOM while loading', () => {
    it('still loads when moved at once (same task)', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
      container.insertAdjacentHTML('afterbegin', `<test-benefits endpoint="${feedUrl({ key: uniqueKey('move'), delay: 300 })}"></test-benefits>`);
      const element = container.firstElementChild as TestBenefits;
      await element.updateComplete;
      container.querySelector('section')!.append(element);
      expect(await loadedState(element)).to.equal('loaded');
      expect(listed(element)).to.have.length(BENEFITS);
    });

    it('still loads when re-parented after a while, and sends one request', async () => {
      const key = uniqueKey('reparent');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<test-benefits endpoint="${feedUrl({ key, delay: 400 })}"></test-benefits>`;
      const element = container.firstElementChild as TestBenefits;
      await aTimeout(100);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(element);
        expect(await loadedState(element)).to.equal('loaded');
        expect(listed(element)).to.have.length(BENEFITS);
        expect(await requestCount(key)).to.equal(1);
      } finally {
        elsewhere.remove();
      }
    });

    it('loads when removed while loading and put back later (a framework re-keying it)', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<test-benefits endpoint="${feedUrl({ key: uniqueKey('rekey'), delay: 200 })}"></test-benefits>`;
      const element = container.firstElementChild as TestBenefits;
      await aTimeout(50);
      element.remove();
      await aTimeout(400);
      container.append(element);
      expect(await loadedState(element)).to.equal('loaded');
    });
  });

  describe('with no source', () => {
    it('shows a short "not configured" state, not busy, and says in the console how to fix it', async () => {
      const errors = captureConsole('error');
      try {
        const element = await fixture<TestBenefits>(html`<test-benefits></test-benefits>`);
        await aTimeout(20);
        expect(element.feedState).to.equal('unconfigured');
        const state = shadow(element).querySelector('.state')!;
        expect(state.getAttribute('aria-busy')).to.equal('false');
        expect(shadow(element).querySelector('[role="status"]')!.textContent).to.equal('');
        expect(shadow(element).querySelector('[part="unconfigured"]')!.textContent).to.contain('no data source');
        expect(element.renders.loading).to.equal(0);
        expect(errors.messages.join('\n')).to.contain('set the endpoint attribute');
        expect(errors.messages.join('\n')).to.contain('<nato-careers');
        await expect(element).to.be.accessible();

        // Configured later: it loads, and the state goes.
        element.endpoint = feedUrl({ key: uniqueKey('late') });
        expect(await loadedState(element)).to.equal('loaded');
      } finally {
        errors.restore();
      }
    });

    it('says nothing when data is handed in right after connecting (frameworks do)', async () => {
      const errors = captureConsole('error');
      try {
        const element = document.createElement('test-benefits');
        document.body.append(element);
        element.data = feedWith('Pension');
        await aTimeout(20);
        expect(listed(element)).to.deep.equal(['Pension']);
        expect(errors.messages.join('\n')).not.to.contain('nothing to show');
        element.remove();
      } finally {
        errors.restore();
      }
    });
  });

  describe('nato-load', () => {
    it('fires after the content is on screen, once per load, with what is shown', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const events: { shown: number; data: unknown }[] = [];
      container.addEventListener('nato-load', (event) => {
        const element = event.target as TestBenefits;
        events.push({ shown: listed(element).length, data: (event as NatoLoadEvent).data });
      });
      container.innerHTML = `<test-benefits endpoint="${feedUrl({ key: uniqueKey('load-once') })}"></test-benefits>`;
      const element = container.firstElementChild as TestBenefits;
      await loadedState(element);
      await aTimeout(50);
      element.requestUpdate(); // another render of the same load fires nothing
      await element.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0].shown).to.equal(BENEFITS);
      expect((events[0].data as unknown[]).length).to.equal(BENEFITS);

      await element.reload();
      await element.updateComplete;
      expect(events).to.have.length(2);
    });
  });

  describe('reload()', () => {
    it('with data set, does not leave a "fresh" request for a later fetch', async () => {
      const key = uniqueKey('fresh-flag');
      const url = feedUrl({ key });
      // An endpoint that lets its answer be reused for a minute, as a real one would.
      await withResponseHeaders({ 'cache-control': 'max-age=60' }, async () => {
        const element = await fixture<TestBenefits>(html`<test-benefits endpoint=${url}></test-benefits>`);
        await loadedState(element);
        expect(await requestCount(key)).to.equal(1);

        element.data = feedWith('Pension');
        await element.updateComplete;
        await element.reload();
        element.data = undefined;
        // Back on the endpoint: the cached document is used; no fresh request was left pending.
        await element.updateComplete;
        expect(await loadedState(element)).to.equal('loaded');
        expect(listed(element)).to.have.length(BENEFITS);
        expect(await requestCount(key)).to.equal(1);
      });
    });

    it('re-reads data changed in place', async () => {
      const feed = feedWith('Pension');
      const element = await fixture<TestBenefits>(html`<test-benefits .data=${feed}></test-benefits>`);
      await loadedState(element);
      // The host changes the document in place: a new list on the same feed object.
      (feed as { benefits: unknown[] }).benefits = [...feed.benefits!, { id: 'leave', title: 'Leave' }];
      element.requestUpdate();
      await element.updateComplete;
      expect(listed(element), 'treated as immutable until reload()').to.deep.equal(['Pension']);
      await element.reload();
      await element.updateComplete;
      expect(listed(element)).to.deep.equal(['Pension', 'Leave']);
    });
  });

  describe('the provider <nato-careers>', () => {
    it('gives its endpoint to descendants without one; their own wins; the nearest provider wins', async () => {
      const outer = feedUrl({ key: uniqueKey('outer') });
      const page = await fixture<HTMLElement>(html`<nato-careers endpoint=${outer}>
        <test-benefits id="inherits"></test-benefits>
        <test-benefits id="own"></test-benefits>
        <nato-careers id="inner"><test-benefits id="nested"></test-benefits></nato-careers>
      </nato-careers>`);
      const get = (id: string) => page.querySelector<TestBenefits>(`#${id}`)!;
      get('own').data = feedWith('Own data');
      page.querySelector<HTMLElement & { data?: unknown }>('#inner')!.data = feedWith('Inner provider');
      expect(await loadedState(get('inherits'))).to.equal('loaded');
      expect(listed(get('inherits'))).to.have.length(BENEFITS);
      await loadedState(get('own'));
      expect(listed(get('own'))).to.deep.equal(['Own data']);
      await loadedState(get('nested'));
      expect(listed(get('nested'))).to.deep.equal(['Inner provider']);
    });

    it('gives its language to descendants without their own', async () => {
      const page = await fixture<HTMLElement>(html`<nato-careers lang="fr"><test-benefits></test-benefits></nato-careers>`);
      const element = page.querySelector('test-benefits')!;
      element.data = { version: 1, benefits: [{ id: 'a', title: { en: 'Pension', fr: 'Retraite' } }] };
      await loadedState(element);
      expect(listed(element)).to.deep.equal(['Retraite']);
      page.setAttribute('lang', 'en');
      await aTimeout(0);
      await element.updateComplete;
      expect(listed(element)).to.deep.equal(['Pension']);
    });
  });

  describe('language', () => {
    it('follows a lang change inside the shadow root of a host component', async () => {
      class LangHost extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<div lang="en"><test-benefits></test-benefits></div>';
        }
      }
      if (!customElements.get('test-lang-host')) customElements.define('test-lang-host', LangHost);
      const host = await fixture<HTMLElement>(html`<test-lang-host></test-lang-host>`);
      const element = host.shadowRoot!.querySelector('test-benefits')!;
      element.data = { version: 1, benefits: [{ id: 'a', title: { en: 'Pension', fr: 'Retraite' } }] };
      await loadedState(element);
      expect(listed(element)).to.deep.equal(['Pension']);
      host.shadowRoot!.querySelector('div')!.setAttribute('lang', 'fr');
      await aTimeout(0);
      await element.updateComplete;
      expect(listed(element)).to.deep.equal(['Retraite']);
    });

    it('takes languages a host registers, completed with English', async () => {
      registerStrings('de', { shared: { errorTitle: 'Karriereinformationen nicht verfügbar' } });
      const errors = captureConsole('error');
      try {
        const element = await fixture<TestBenefits>(
          html`<test-benefits lang="de" endpoint=${feedUrl({ key: uniqueKey('de'), status: 404 })}></test-benefits>`,
        );
        expect(await loadedState(element)).to.equal('error');
        const alert = shadow(element).querySelector('[role="alert"]')!;
        expect(alert.querySelector('.error-title')!.textContent).to.equal('Karriereinformationen nicht verfügbar');
        expect(alert.querySelector('button')!.textContent).to.equal('Try again');
      } finally {
        errors.restore();
      }
    });

    it('lays a registered right-to-left language out right to left', async () => {
      registerStrings('ar', { shared: { empty: 'لا شيء للعرض' } });
      const element = await fixture<TestBenefits>(html`<test-benefits lang="ar"></test-benefits>`);
      element.data = feedWith();
      expect(await loadedState(element)).to.equal('empty');
      const base = shadow(element).querySelector('.base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(shadow(element).querySelector('[part="empty"]')!.textContent).to.equal('لا شيء للعرض');
    });

    it('lays English out left to right in a right-to-left page', async () => {
      const page = await fixture<HTMLElement>(html`<div dir="rtl"><test-benefits></test-benefits></div>`);
      const element = page.querySelector('test-benefits')!;
      element.data = feedWith('Pension');
      await loadedState(element);
      expect(getComputedStyle(shadow(element).querySelector('.base')!).direction).to.equal('ltr');
    });
  });

  describe('frame', () => {
    it('applies the shared styles and renders the heading at the level asked for', async () => {
      const element = await fixture<TestBenefits>(html`<test-benefits heading-level="4"></test-benefits>`);
      element.data = feedWith('Pension');
      await loadedState(element);
      expect(shadow(element).querySelector('h4.heading')!.textContent).to.equal('Benefits');
      const hidden = shadow(element).querySelector<HTMLElement>('.visually-hidden')!;
      expect(getComputedStyle(hidden).position).to.equal('absolute');
    });

    it('shows an error with a heading one level below and a Retry that works', async () => {
      const key = uniqueKey('error-retry');
      const errors = captureConsole('error');
      try {
        const element = await fixture<TestBenefits>(
          html`<test-benefits heading-level="3" endpoint=${feedUrl({ key, status: 500, failTimes: 3 })}></test-benefits>`,
        );
        expect(await loadedState(element, 15_000)).to.equal('error');
        expect(shadow(element).querySelector('[role="alert"] h4')).to.exist;
        await expect(element).to.be.accessible();
        const loaded = oneEvent(element, 'nato-load');
        shadow(element).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await loaded;
        expect(listed(element)).to.have.length(BENEFITS);
      } finally {
        errors.restore();
      }
    });
  });
});
