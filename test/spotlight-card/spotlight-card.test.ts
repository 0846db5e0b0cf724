import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/spotlight-card/spotlight-card.js';
import type { NatoSpotlightCard } from '../../src/components/spotlight-card/spotlight-card.js';
import { avatarColour, initials } from '../../src/components/spotlight-card/spotlight-view.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import type { NatoSpotlightSelectEvent } from '../../src/events/nato-spotlight-select.js';
import { captureConsole, feedUrl, requestCount, uniqueKey } from '../data/helpers.js';
import { edgeFeed, part, settled, text } from './spotlight-helpers.js';

const withData = async (attrs: Partial<NatoSpotlightCard> = {}, lang?: string) => {
  const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card lang=${lang ?? 'en'}></nato-spotlight-card>`);
  Object.assign(element, attrs);
  const warnings = captureConsole('warn');
  try {
    element.data = edgeFeed();
    await settled(element);
  } finally {
    warnings.restore();
  }
  return element;
};

describe('<nato-spotlight-card>', function () {
  this.timeout(20_000);
  beforeEach(() => clearFeedCache());

  describe('from the feed endpoint', () => {
    it('shows the first spotlight: name as the heading, role, organisation, unit, nationality, quote, story', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl()}></nato-spotlight-card>`);
      expect(await settled(element)).to.equal('loaded');
      const name = part(element, 'name')!;
      expect(name.tagName).to.equal('H2');
      expect(text(name)).to.equal('Eralda Vahidi');
      expect(text(part(element, 'role'))).to.equal('Principal Finance Officer');
      expect(text(part(element, 'organization'))).to.contain('NSPA');
      expect(text(part(element, 'unit'))).to.contain('Finance Directorate');
      expect(text(part(element, 'nationality'))).to.equal('Nationality: Albania');
      const quote = part(element, 'quote')!;
      expect(quote.tagName).to.equal('FIGURE');
      expect(text(quote.querySelector('blockquote'))).to.match(/^“I feel I am first of all .* too\.”$/);
      expect(text(quote.querySelector('figcaption'))).to.equal('— Eralda Vahidi');
      await expect(element).to.be.accessible();
    });

    it('shows the initials, hidden from assistive technology, when there is no photo', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl()}></nato-spotlight-card>`);
      await settled(element);
      const avatar = part(element, 'avatar')!;
      expect(text(avatar)).to.equal('EV');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
      expect(avatar.className).to.match(/avatar--[0-5]/);
      expect(getComputedStyle(avatar).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(part(element, 'photo')).to.equal(null);
    });

    it('selects a spotlight by spotlight-id, and follows a change of it', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl()} spotlight-id="manisha-parmar"></nato-spotlight-card>`);
      await settled(element);
      expect(text(part(element, 'name'))).to.equal('Manisha Parmar');
      element.spotlightId = 'chelsey-slack';
      await element.updateComplete;
      expect(text(part(element, 'name'))).to.equal('Chelsey Slack');
    });

    it('has no quote and no story when the feed has none', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl()} spotlight-id="chelsey-slack"></nato-spotlight-card>`);
      await settled(element);
      expect(part(element, 'quote')).to.equal(null);
      expect(part(element, 'story')).to.equal(null);
      expect(part(element, 'toggle')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('fires nato-load once, with the spotlight shown', async () => {
      const element = document.createElement('nato-spotlight-card');
      element.setAttribute('spotlight-id', 'clare-hutchinson');
      element.endpoint = feedUrl();
      const loaded = oneEvent(element, 'nato-load') as Promise<NatoLoadEvent>;
      let loads = 0;
      element.addEventListener('nato-load', () => loads++);
      document.body.append(element);
      try {
        const event = await loaded;
        expect((event.data as { id: string }).id).to.equal('clare-hutchinson');
        expect(text(part(element, 'name')), 'on screen when it fires').to.equal('Clare Hutchinson');
        await aTimeout(100);
        expect(loads).to.equal(1);
      } finally {
        element.remove();
      }
    });
  });

  describe('the story', () => {
    it('shows the first paragraph and hides the rest behind a Read more button that opens it', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl()}></nato-spotlight-card>`);
      await settled(element);
      const story = part(element, 'story')!;
      const paragraphs = [...story.querySelectorAll('p')];
      expect(paragraphs).to.have.length(3);
      const visible = (p: Element) => (p as HTMLElement).offsetParent !== null;
      expect(paragraphs.map(visible)).to.deep.equal([true, false, false]);
      const toggle = part(element, 'toggle') as HTMLButtonElement;
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Read more about Eralda Vahidi');
      const controlled = element.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(controlled.contains(paragraphs[1])).to.equal(true);
      await expect(element).to.be.accessible();

      const selected = oneEvent(element, 'nato-spotlight-select') as Promise<NatoSpotlightSelectEvent>;
      toggle.click();
      const event = await selected;
      expect(event.spotlight.id).to.equal('eralda-vahidi');
      expect(event.detail.spotlight.id).to.equal('eralda-vahidi');
      expect(event.bubbles && event.composed).to.equal(true);
      await element.updateComplete;
      expect(paragraphs.map(visible)).to.deep.equal([true, true, true]);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.match(/^Show less/);
      await expect(element).to.be.accessible();

      let fired = 0;
      element.addEventListener('nato-spotlight-select', () => fired++);
      toggle.click();
      await element.updateComplete;
      expect(paragraphs.map(visible)).to.deep.equal([true, false, false]);
      expect(fired, 'closing is not selecting').to.equal(0);
    });

    it('shows a short story whole, without a button', async () => {
      const element = await withData({ spotlightId: 'photo' });
      expect(text(part(element, 'story'))).to.equal('Short story.');
      expect(part(element, 'toggle')).to.equal(null);
    });
  });

  describe('from .data', () => {
    it('renders a safe photo with its alt text, lazily, at a fixed size', async () => {
      const element = await withData({ spotlightId: 'photo' });
      const photo = part(element, 'photo') as HTMLImageElement;
      expect(photo.tagName).to.equal('IMG');
      expect(photo.getAttribute('src')).to.equal('https://example.org/anna.jpg');
      expect(photo.alt).to.equal('Anna Kowalska at her desk');
      expect(photo.loading).to.equal('lazy');
      const box = photo.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(40);
      expect(Math.round(box.height)).to.equal(Math.round(box.width));
      expect(part(element, 'avatar')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('never renders a javascript: or mailto: photo; shows initials instead', async () => {
      for (const id of ['unsafe-photo', 'mailto-photo']) {
        const element = await withData({ spotlightId: id });
        expect(element.shadowRoot!.innerHTML).not.to.contain('javascript:');
        expect(element.shadowRoot!.querySelector('img'), id).to.equal(null);
        expect(part(element, 'avatar'), id).not.to.equal(null);
      }
    });

    it('shows an unknown nationality code as the code', async () => {
      const element = await withData({ spotlightId: 'long' });
      expect(text(part(element, 'nationality'))).to.equal('Nationality: XYZ');
    });

    it('shows an Arabic name isolated, with one initial', async () => {
      const element = await withData({ spotlightId: 'arabic' });
      expect(text(part(element, 'name'))).to.equal('محمد العلي');
      expect(part(element, 'name')!.querySelector('bdi')).not.to.equal(null);
      expect(text(part(element, 'avatar'))).to.equal('م');
      expect(text(part(element, 'nationality'))).to.equal('Nationality: Jordan');
    });
  });

  describe('French', () => {
    it('translates the UI, the country and the feed text; uses « » with non-breaking spaces', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card lang="fr" endpoint=${feedUrl()}></nato-spotlight-card>`);
      await settled(element);
      expect(text(part(element, 'role'))).to.equal('Administratrice principale des finances');
      expect(part(element, 'nationality')!.textContent!.replace(/[ \n\t]+/g, ' ').trim()).to.equal('Nationalité\u00a0: Albanie');
      const quote = part(element, 'quote')!.querySelector('blockquote')!.textContent!.trim();
      expect(quote.startsWith('«\u00a0Je me sens')).to.equal(true);
      expect(quote.endsWith('\u00a0»')).to.equal(true);
      expect(text(part(element, 'toggle'))).to.equal('Lire la suite sur Eralda Vahidi');
      await expect(element).to.be.accessible();
    });

    it('marks text that fell back to English with lang="en"', async () => {
      const element = await withData({ spotlightId: 'photo' }, 'fr');
      expect(part(element, 'role')!.hasAttribute('lang'), 'French exists').to.equal(false);
      const unit = part(element, 'unit')!;
      expect(unit.getAttribute('lang')).to.equal('en');
      // A plain string is in the feed's declared language.
      expect(part(element, 'organization')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
      expect(part(element, 'photo')!.getAttribute('alt')).to.equal('Anna Kowalska à son bureau');
    });
  });

  describe('states', () => {
    it('loading: announces, shows a placeholder hidden from assistive technology, then the card', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl({ delay: 600, key: uniqueKey('loading') })}></nato-spotlight-card>`);
      expect(element.feedState).to.equal('loading');
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading employee spotlight…');
      expect(element.shadowRoot!.querySelector('.card--placeholder')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(element).to.be.accessible();
      expect(await settled(element)).to.equal('loaded');
      expect(element.shadowRoot!.querySelector('.card--placeholder')).to.equal(null);
    });

    it('error: an alert with a Retry that loads again', async () => {
      const key = uniqueKey('retry');
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl({ failTimes: 4, key })}></nato-spotlight-card>`);
      const errors = captureConsole('error');
      try {
        expect(await settled(element, 15_000)).to.equal('error');
      } finally {
        errors.restore();
      }
      expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
      await expect(element).to.be.accessible();
      (part(element, 'retry') as HTMLButtonElement).click();
      expect(await settled(element, 15_000)).to.equal('loaded');
      expect(text(part(element, 'name'))).to.equal('Eralda Vahidi');
      expect(await requestCount(key)).to.be.greaterThan(1);
    });

    it('empty: an unknown spotlight-id gives a console error naming the ids, and a message', async () => {
      const errors = captureConsole('error');
      let element: NatoSpotlightCard;
      try {
        element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card endpoint=${feedUrl()} spotlight-id="nobody"></nato-spotlight-card>`);
        expect(await settled(element)).to.equal('empty');
      } finally {
        errors.restore();
      }
      const message = errors.messages.find((m) => m.includes('spotlight-id="nobody"'));
      expect(message).to.contain('"eralda-vahidi"');
      expect(message).to.contain('"manisha-parmar"');
      expect(text(part(element, 'empty'))).to.equal('This employee spotlight is not available.');
      await expect(element).to.be.accessible();
    });

    it('empty: a feed without spotlights', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card></nato-spotlight-card>`);
      element.data = { version: 1, spotlights: [] };
      expect(await settled(element)).to.equal('empty');
      expect(part(element, 'empty')).not.to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('not configured: says so, and tells the developer', async () => {
      const errors = captureConsole('error');
      let element: NatoSpotlightCard;
      try {
        element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card></nato-spotlight-card>`);
        await aTimeout(20);
      } finally {
        errors.restore();
      }
      expect(element.feedState).to.equal('unconfigured');
      expect(part(element, 'unconfigured')).not.to.equal(null);
      expect(errors.messages.some((m) => m.includes('endpoint'))).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('still loads when moved in the DOM while loading', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
      container.insertAdjacentHTML('afterbegin', `<nato-spotlight-card endpoint="${feedUrl({ key: uniqueKey('move'), delay: 300 })}"></nato-spotlight-card>`);
      const element = container.firstElementChild as NatoSpotlightCard;
      await element.updateComplete;
      container.querySelector('section')!.append(element);
      expect(await settled(element)).to.equal('loaded');
      expect(text(part(element, 'name'))).to.equal('Eralda Vahidi');
    });
  });

  describe('attributes', () => {
    it('heading-level sets the name heading', async () => {
      const element = await fixture<NatoSpotlightCard>(html`<nato-spotlight-card heading-level="4" endpoint=${feedUrl()}></nato-spotlight-card>`);
      await settled(element);
      expect(part(element, 'name')!.tagName).to.equal('H4');
    });
  });

  describe('long text and narrow containers', () => {
    it('keeps long names and unbroken 300-character words inside a 280 px container', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><nato-spotlight-card spotlight-id="long"></nato-spotlight-card></div>`);
      const element = wrapper.firstElementChild as NatoSpotlightCard;
      const warnings = captureConsole('warn');
      try {
        element.data = edgeFeed();
        await settled(element);
      } finally {
        warnings.restore();
      }
      const toggle = part(element, 'toggle') as HTMLButtonElement;
      toggle.click();
      await element.updateComplete;
      const base = part(element, 'base')!;
      expect(base.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth, 'no horizontal scrolling').to.be.at.most(base.clientWidth);
      for (const name of ['name', 'role', 'organization', 'quote', 'story']) {
        const box = part(element, name)!.getBoundingClientRect();
        expect(box.right, name).to.be.at.most(base.getBoundingClientRect().right);
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('helpers', () => {
    it('initials and avatar colours', () => {
      expect(initials('Eralda Vahidi')).to.equal('EV');
      expect(initials('Jean-Pierre de la Tour')).to.equal('JT');
      expect(initials('Madonna')).to.equal('M');
      expect(initials('  ')).to.equal('');
      expect(avatarColour('Eralda Vahidi')).to.equal(avatarColour('Eralda Vahidi'));
      const colours = new Set(['Eralda Vahidi', 'Chelsey Slack', 'Clare Hutchinson', 'Manisha Parmar'].map(avatarColour));
      expect(colours.size, 'four names, more than one colour').to.be.greaterThan(2);
    });
  });
});
