import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/nato-careers.js';
import { captureConsole, feedUrl, requestCount, uniqueKey } from '../data/helpers.js';

type FeedElement = HTMLElement & { feedState: string; endpoint?: string };

/** Every element that shows feed data, with what it needs to show something from the demo feed. */
const ELEMENTS: [tag: string, attributes: Record<string, string>][] = [
  ['nato-company-stats', {}],
  ['nato-job-list', {}],
  ['nato-job-detail', { 'job-id': 'close-protection-officer' }],
  ['nato-benefits-panel', {}],
  ['nato-spotlight-card', {}],
  ['nato-spotlight-gallery', {}],
  ['nato-about-panel', {}],
];

function create(tag: string, attributes: Record<string, string>, endpoint?: string): FeedElement {
  const element = document.createElement(tag) as FeedElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (endpoint) element.setAttribute('endpoint', endpoint);
  return element;
}

const loaded = (elements: FeedElement[]) =>
  waitUntil(() => elements.every((element) => element.feedState === 'loaded'), 'not every element loaded', { timeout: 15_000 });

describe('every element through the page lifecycles partners put it through', function () {
  this.timeout(30_000);

  it('twenty elements on one endpoint send one request', async () => {
    const key = uniqueKey('twenty');
    const url = feedUrl({ key, delay: 100 });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const elements = Array.from({ length: 20 }, (_, i) => create(...ELEMENTS[i % ELEMENTS.length], url));
    container.append(...elements);
    await loaded(elements);
    expect(await requestCount(key)).to.equal(1);
  });

  it('each element created with document.createElement after the script, moved while loading, still loads', async () => {
    const key = uniqueKey('moved');
    const url = feedUrl({ key, delay: 300 });
    const [first, second] = await Promise.all([fixture<HTMLDivElement>(html`<div></div>`), fixture<HTMLDivElement>(html`<div></div>`)]);
    const elements = ELEMENTS.map(([tag, attributes]) => create(tag, attributes, url));
    first.append(...elements);
    await aTimeout(50);
    second.append(...elements); // moved (re-parented) mid-request
    await loaded(elements);
    expect(await requestCount(key)).to.equal(1);
  });

  it('each element removed mid-request leaves no error behind', async () => {
    const errors = captureConsole('error');
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    try {
      const url = feedUrl({ key: uniqueKey('removed'), delay: 300 });
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const elements = ELEMENTS.map(([tag, attributes]) => create(tag, attributes, url));
      container.append(...elements);
      await aTimeout(50);
      elements.forEach((element) => element.remove());
      await aTimeout(600);
      expect(uncaught).to.deep.equal([]);
      expect(errors.messages.filter((message) => message.includes('could not load'))).to.deep.equal([]);
      // Put back later, they load.
      container.append(...elements);
      await loaded(elements);
    } finally {
      window.removeEventListener('error', onError);
      errors.restore();
    }
  });
});
