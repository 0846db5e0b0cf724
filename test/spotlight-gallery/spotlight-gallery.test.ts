import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/spotlight-gallery/spotlight-gallery.js';
import type { NatoSpotlightGallery } from '../../src/components/spotlight-gallery/spotlight-gallery.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import type { NatoLoadEvent } from '../../src/events/nato-load.js';
import type { NatoSlideChangeEvent } from '../../src/events/nato-slide-change.js';
import type { NatoSpotlightSelectEvent } from '../../src/events/nato-spotlight-select.js';
import { captureConsole, feedUrl, uniqueKey } from '../data/helpers.js';
import { edgeFeed, part, parts, settled, text } from '../spotlight-card/spotlight-helpers.js';

const NAMES = ['Eralda Vahidi', 'Chelsey Slack', 'Clare Hutchinson', 'Manisha Parmar'];
const names = (element: Element) => parts(element, 'name').map(text);

async function carousel(attributes = ''): Promise<NatoSpotlightGallery> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  wrapper.innerHTML = `<nato-spotlight-gallery layout="carousel" endpoint="${feedUrl()}" ${attributes}></nato-spotlight-gallery>`;
  const element = wrapper.firstElementChild as NatoSpotlightGallery;
  expect(await settled(element)).to.equal('loaded');
  return element;
}

const currentSlide = (element: Element) => parts(element, 'slide').findIndex((slide) => !slide.inert);

describe('<nato-spotlight-gallery>', function () {
  this.timeout(30_000);
  beforeEach(() => clearFeedCache());

  describe('grid (the default)', () => {
    it('shows every spotlight under its heading, names one level below', async () => {
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery endpoint=${feedUrl()}></nato-spotlight-gallery>`);
      expect(await settled(element)).to.equal('loaded');
      expect(text(part(element, 'heading'))).to.equal('Meet our people');
      expect(part(element, 'heading')!.tagName).to.equal('H2');
      expect(part(element, 'list')!.tagName).to.equal('UL');
      expect(names(element)).to.deep.equal(NAMES);
      expect(parts(element, 'name').every((name) => name.tagName === 'H3')).to.equal(true);
      expect(part(element, 'carousel')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('lays out one column when narrow and several when wide, by its own width', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><nato-spotlight-gallery></nato-spotlight-gallery></div>`);
      const element = wrapper.firstElementChild as NatoSpotlightGallery;
      element.endpoint = feedUrl();
      await settled(element);
      const columns = () => new Set(parts(element, 'item').map((item) => Math.round(item.getBoundingClientRect().left))).size;
      expect(columns()).to.equal(1);
      wrapper.style.width = '1280px';
      await aTimeout(50);
      expect(columns()).to.equal(3);
    });

    it('limit caps the number of spotlights; nato-load carries those shown', async () => {
      const element = document.createElement('nato-spotlight-gallery');
      element.setAttribute('limit', '2');
      element.endpoint = feedUrl();
      const loaded = oneEvent(element, 'nato-load') as Promise<NatoLoadEvent>;
      document.body.append(element);
      try {
        const event = await loaded;
        expect((event.data as { id: string }[]).map((s) => s.id)).to.deep.equal(['eralda-vahidi', 'chelsey-slack']);
        expect(names(element)).to.deep.equal(NAMES.slice(0, 2));
      } finally {
        element.remove();
      }
    });

    it('an invalid limit or layout: a console error, and the defaults', async () => {
      const errors = captureConsole('error');
      let element: NatoSpotlightGallery;
      try {
        element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery layout="masonry" limit="-1" endpoint=${feedUrl()}></nato-spotlight-gallery>`);
        await settled(element);
      } finally {
        errors.restore();
      }
      expect(errors.messages.some((m) => m.includes('layout="masonry"') && m.includes('"carousel"'))).to.equal(true);
      expect(errors.messages.some((m) => m.includes('limit="-1"'))).to.equal(true);
      expect(part(element, 'list')).not.to.equal(null);
      expect(names(element)).to.have.length(4);
    });

    it('opens a story and fires nato-spotlight-select', async () => {
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery endpoint=${feedUrl()}></nato-spotlight-gallery>`);
      await settled(element);
      const toggle = part(element, 'toggle') as HTMLButtonElement;
      const selected = oneEvent(element, 'nato-spotlight-select') as Promise<NatoSpotlightSelectEvent>;
      toggle.click();
      expect((await selected).spotlight.id).to.equal('eralda-vahidi');
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('renders from .data, with long text inside a 280 px container', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><nato-spotlight-gallery></nato-spotlight-gallery></div>`);
      const element = wrapper.firstElementChild as NatoSpotlightGallery;
      const warnings = captureConsole('warn');
      try {
        element.data = edgeFeed();
        await settled(element);
      } finally {
        warnings.restore();
      }
      expect(names(element)).to.have.length(5);
      expect(element.shadowRoot!.innerHTML).not.to.contain('javascript:');
      const base = part(element, 'base')!;
      expect(base.scrollWidth, 'no horizontal scrolling').to.be.at.most(base.clientWidth);
      await expect(element).to.be.accessible();
    });

    it('French', async () => {
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery lang="fr" endpoint=${feedUrl()}></nato-spotlight-gallery>`);
      await settled(element);
      expect(text(part(element, 'heading'))).to.equal('À la rencontre de notre personnel');
      expect(text(part(element, 'role'))).to.equal('Administratrice principale des finances');
      await expect(element).to.be.accessible();
    });
  });

  describe('states', () => {
    it('loading: announced, a placeholder hidden from assistive technology', async () => {
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery endpoint=${feedUrl({ delay: 500, key: uniqueKey('l') })}></nato-spotlight-gallery>`);
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading employee spotlights…');
      expect(element.shadowRoot!.querySelector('.grid[aria-hidden="true"]')).not.to.equal(null);
      await expect(element).to.be.accessible();
      expect(await settled(element)).to.equal('loaded');
    });

    it('error with a working retry', async () => {
      const key = uniqueKey('retry');
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery endpoint=${feedUrl({ failTimes: 4, key })}></nato-spotlight-gallery>`);
      const errors = captureConsole('error');
      try {
        expect(await settled(element, 15_000)).to.equal('error');
      } finally {
        errors.restore();
      }
      await expect(element).to.be.accessible();
      (part(element, 'retry') as HTMLButtonElement).click();
      expect(await settled(element, 15_000)).to.equal('loaded');
      expect(names(element)).to.deep.equal(NAMES);
    });

    it('empty, and not configured', async () => {
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery></nato-spotlight-gallery>`);
      element.data = { version: 1, spotlights: [] };
      expect(await settled(element)).to.equal('empty');
      expect(part(element, 'empty')).not.to.equal(null);
      await expect(element).to.be.accessible();

      const errors = captureConsole('error');
      try {
        const bare = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery></nato-spotlight-gallery>`);
        await aTimeout(20);
        expect(bare.feedState).to.equal('unconfigured');
        await expect(bare).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('still loads when moved in the DOM while loading', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
      container.insertAdjacentHTML('afterbegin', `<nato-spotlight-gallery endpoint="${feedUrl({ key: uniqueKey('move'), delay: 300 })}"></nato-spotlight-gallery>`);
      const element = container.firstElementChild as NatoSpotlightGallery;
      await element.updateComplete;
      container.querySelector('section')!.append(element);
      expect(await settled(element)).to.equal('loaded');
      expect(names(element)).to.deep.equal(NAMES);
    });
  });

  describe('carousel', () => {
    it('follows the APG carousel pattern', async () => {
      const element = await carousel();
      const region = part(element, 'carousel')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region.getAttribute('aria-label')).to.equal('Employee spotlights');
      const slides = parts(element, 'slide');
      expect(slides).to.have.length(4);
      expect(slides.map((slide) => slide.getAttribute('role'))).to.deep.equal(['group', 'group', 'group', 'group']);
      expect(slides[1].getAttribute('aria-roledescription')).to.equal('slide');
      expect(slides[1].getAttribute('aria-label')).to.equal('2 of 4');
      expect(part(element, 'pause'), 'no rotation, no pause button').to.equal(null);
      expect(text(part(element, 'status'))).to.equal('1 of 4: Eralda Vahidi');
      expect(part(element, 'status')!.getAttribute('aria-live')).to.equal('polite');
      expect(currentSlide(element)).to.equal(0);
      await expect(element).to.be.accessible();
    });

    it('Next and Previous move the slides (wrapping around) and fire nato-slide-change', async () => {
      const element = await carousel();
      const track = part(element, 'slides')!;
      const changed = oneEvent(element, 'nato-slide-change') as Promise<NatoSlideChangeEvent>;
      (part(element, 'next') as HTMLButtonElement).click();
      const event = await changed;
      expect(event.index).to.equal(1);
      expect(event.spotlight.id).to.equal('chelsey-slack');
      // Smooth scrolling settles asynchronously.
      await waitUntil(() => Math.abs(track.scrollLeft - parts(element, 'slide')[1].offsetLeft) < 2, 'scrolled to slide 2', { timeout: 4000 });
      await element.updateComplete;
      expect(currentSlide(element)).to.equal(1);
      expect(text(part(element, 'status'))).to.equal('2 of 4: Chelsey Slack');
      await expect(element).to.be.accessible();

      (part(element, 'previous') as HTMLButtonElement).click();
      (part(element, 'previous') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(currentSlide(element), 'before the first is the last').to.equal(3);
      await waitUntil(() => Math.abs(track.scrollLeft - parts(element, 'slide')[3].offsetLeft) < 2, 'scrolled to the last slide', { timeout: 4000 });
    });

    it('arrow keys, Home and End move the slides', async () => {
      const element = await carousel();
      part(element, 'next')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(currentSlide(element)).to.equal(1);
      part(element, 'next')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(currentSlide(element)).to.equal(3);
      part(element, 'next')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(currentSlide(element)).to.equal(2);
    });

    it('tracks the current slide from the scroll position (a swipe)', async () => {
      const element = await carousel();
      const track = part(element, 'slides')!;
      const changed = oneEvent(element, 'nato-slide-change') as Promise<NatoSlideChangeEvent>;
      track.scrollTo({ left: parts(element, 'slide')[2].offsetLeft, behavior: 'instant' });
      const event = await changed;
      expect(event.index).to.equal(2);
      await element.updateComplete;
      expect(text(part(element, 'status'))).to.equal('3 of 4: Clare Hutchinson');
    });

    it('autoplay: a pause button first, that stops and starts the rotation', async () => {
      const element = await carousel('autoplay');
      const pause = part(element, 'pause') as HTMLButtonElement;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (reduced) {
        expect(pause, 'never rotates under reduced motion').to.equal(null);
        return;
      }
      const region = part(element, 'carousel')!;
      expect(region.querySelector('button'), 'first in the carousel').to.equal(pause);
      expect(text(pause)).to.equal('Pause slideshow');
      expect(part(element, 'status')!.getAttribute('aria-live'), 'rotating: not announced').to.equal('off');
      await expect(element).to.be.accessible();
      pause.click();
      await element.updateComplete;
      expect(text(pause)).to.equal('Play slideshow');
      expect(part(element, 'status')!.getAttribute('aria-live')).to.equal('polite');
    });

    it('a single spotlight disables Previous and Next', async () => {
      const element = await carousel('limit="1"');
      expect((part(element, 'next') as HTMLButtonElement).disabled).to.equal(true);
      expect((part(element, 'previous') as HTMLButtonElement).disabled).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('French', async () => {
      const element = await carousel('lang="fr"');
      expect(part(element, 'carousel')!.getAttribute('aria-roledescription')).to.equal('carrousel');
      expect(parts(element, 'slide')[0].getAttribute('aria-roledescription')).to.equal('diapositive');
      expect(parts(element, 'slide')[1].getAttribute('aria-label')).to.equal('2 sur 4');
      expect(text(part(element, 'next'))).to.equal('Suivant');
      await expect(element).to.be.accessible();
    });

    it('loading keeps the carousel layout', async () => {
      const element = await fixture<NatoSpotlightGallery>(html`<nato-spotlight-gallery layout="carousel" endpoint=${feedUrl({ delay: 400, key: uniqueKey('c') })}></nato-spotlight-gallery>`);
      expect(element.shadowRoot!.querySelector('.carousel[aria-hidden="true"]')).not.to.equal(null);
      await expect(element).to.be.accessible();
      await settled(element);
    });
  });
});
