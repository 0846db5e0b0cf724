/**
 * A page may preload the feed so that it loads while the script does. The fetch client must then
 * take the preloaded response instead of sending a second request.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache, fetchFeed } from '../../src/data/feed-client.js';
import { feedUrl, requestCount, uniqueKey } from './helpers.js';

/** Adds `<link rel="preload" as="fetch" href crossorigin?>` to the page and waits until it has loaded. */
async function preload(href: string, crossorigin: string | null): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.href = href;
  if (crossorigin !== null) link.setAttribute('crossorigin', crossorigin);
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`the preload of ${href} failed`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** Who started each feed request with this key, from Resource Timing (`link`, `fetch`). */
const initiators = (key: string) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.name.includes('/api/careers.json') && entry.name.includes(key))
    .map((entry) => entry.initiatorType);

describe('a preloaded feed', () => {
  beforeEach(() => clearFeedCache());

  // Observed in Chromium 156 and Firefox ESR 153 alike.
  for (const crossorigin of ['', 'anonymous']) {
    it(`is reused by fetchFeed when preloaded with crossorigin="${crossorigin}": one request`, async () => {
      const key = uniqueKey('preload');
      const url = feedUrl({ key });
      const link = await preload(url, crossorigin);
      try {
        expect(await fetchFeed(url)).to.have.property('version', 1);
        expect(await requestCount(key)).to.equal(1);
        expect(initiators(key)).to.deep.equal(['link']);
      } finally {
        link.remove();
      }
    });
  }

  it('is reused while the preload is still in flight', async () => {
    const key = uniqueKey('preload-in-flight');
    const url = feedUrl({ key, delay: 300 });
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', href: url });
    link.setAttribute('crossorigin', '');
    document.head.append(link);
    try {
      expect(await fetchFeed(url)).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(1);
    } finally {
      link.remove();
    }
  });

  // The credentials modes differ (a preload without crossorigin is a no-cors request that sends
  // cookies; use-credentials sends them cross-origin too): the browser cannot hand it over.
  for (const crossorigin of [null, 'use-credentials']) {
    it(`is not reused when preloaded ${crossorigin === null ? 'without crossorigin' : `with crossorigin="${crossorigin}"`}: a second request`, async () => {
      const key = uniqueKey('preload-mismatch');
      const url = feedUrl({ key });
      const link = await preload(url, crossorigin);
      try {
        expect(await fetchFeed(url)).to.have.property('version', 1);
        expect(await requestCount(key)).to.equal(2);
      } finally {
        link.remove();
      }
    });
  }
});
