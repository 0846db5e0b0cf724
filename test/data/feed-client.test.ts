/**
 * The fetch client against real HTTP: the test server's feed middleware answers every request
 * (`/api/careers.json` with fault injection, `/api/requests?key=` counting what it saw).
 */
import { expect } from '@open-wc/testing';
import {
  clearFeedCache,
  DEFAULT_MAX_AGE_MS,
  fetchFeed,
  MAX_RETRIES,
  RELEASE_GRACE_MS,
  releaseFeed,
} from '../../src/data/feed-client.js';
import { FeedError, toFeedError } from '../../src/data/feed-error.js';
import {
  feedUrl,
  rejectionOf,
  requestCount,
  sleep,
  uniqueKey,
  withClockAhead,
  withResponseHeaders,
} from './helpers.js';

/** A response that sets no max age: the client's default applies. */
const cacheable = <T>(task: () => Promise<T>) => withResponseHeaders({ 'cache-control': null }, task);

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The `FeedError` that `promise` rejects with. */
async function feedErrorOf(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

describe('fetchFeed', () => {
  beforeEach(() => clearFeedCache());

  describe('sharing', () => {
    it('sends one request for many concurrent callers of one URL, and gives them the same document', async () => {
      const key = uniqueKey('dedupe');
      const url = feedUrl({ key, delay: 200 });
      const results = await Promise.all(Array.from({ length: 6 }, () => fetchFeed(url)));
      expect(await requestCount(key)).to.equal(1);
      for (const result of results) expect(result).to.equal(results[0]);
      expect(results[0]).to.have.property('version', 1);
    });

    it('treats a relative and an absolute spelling of one URL as the same request', async () => {
      const key = uniqueKey('spelling');
      const url = feedUrl({ key, delay: 100 });
      const [a, b] = await Promise.all([fetchFeed(url), fetchFeed(absolute(url))]);
      expect(a).to.equal(b);
      expect(await requestCount(key)).to.equal(1);
    });

    it('keeps different URLs apart', async () => {
      const key = uniqueKey('apart');
      const [whole, jobs] = await Promise.all([fetchFeed(feedUrl({ key })), fetchFeed(feedUrl({ key, section: 'jobs' }))]);
      expect(whole).to.have.property('version', 1);
      expect(jobs).to.be.an('array');
      expect(await requestCount(key)).to.equal(2);
    });
  });

  describe('cache', () => {
    it('answers a later call from the cache after a success', () =>
      cacheable(async () => {
        const key = uniqueKey('cache');
        const url = feedUrl({ key });
        const first = await fetchFeed(url);
        const second = await fetchFeed(url);
        expect(second).to.equal(first);
        expect(await requestCount(key)).to.equal(1);
      }));

    it('asks the server again with fresh: true', () =>
      cacheable(async () => {
        const key = uniqueKey('fresh');
        const url = feedUrl({ key });
        const first = await fetchFeed(url);
        const again = await fetchFeed(url, { fresh: true });
        expect(await requestCount(key)).to.equal(2);
        expect(again).not.to.equal(first);
        expect(again).to.deep.equal(first);
        // The fresh document replaces the old one in the cache.
        expect(await fetchFeed(url)).to.equal(again);
        expect(await requestCount(key)).to.equal(2);
      }));

    it('joins a request in flight even with fresh: true', async () => {
      const key = uniqueKey('fresh-in-flight');
      const url = feedUrl({ key, delay: 300 });
      const [a, b] = await Promise.all([fetchFeed(url), fetchFeed(url, { fresh: true })]);
      expect(a).to.equal(b);
      expect(await requestCount(key)).to.equal(1);
    });

    it('forgets everything on clearFeedCache()', () =>
      cacheable(async () => {
        const key = uniqueKey('clear');
        const url = feedUrl({ key });
        await fetchFeed(url);
        await fetchFeed(url);
        expect(await requestCount(key)).to.equal(1);
        clearFeedCache();
        await fetchFeed(url);
        expect(await requestCount(key)).to.equal(2);
      }));

    it('does not cache a failure: the next call asks again', async () => {
      const key = uniqueKey('failure-not-cached');
      // 403 (not retried) for the first request only, then the feed.
      const url = feedUrl({ key, status: 403, failTimes: 1 });
      const error = await feedErrorOf(fetchFeed(url));
      expect(error.kind).to.equal('http');
      expect(await requestCount(key)).to.equal(1);
      const feed = await fetchFeed(url);
      expect(feed).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(2);
    });
  });

  describe('max age', () => {
    it(`reuses a document for ${DEFAULT_MAX_AGE_MS / 60_000} minutes when the response sets no max age, then asks again`, () =>
      cacheable(async () => {
        const key = uniqueKey('default-max-age');
        const url = feedUrl({ key });
        const first = await fetchFeed(url);
        expect(await withClockAhead(DEFAULT_MAX_AGE_MS - 1000, () => fetchFeed(url))).to.equal(first);
        expect(await requestCount(key)).to.equal(1);
        const later = await withClockAhead(DEFAULT_MAX_AGE_MS + 1000, () => fetchFeed(url));
        expect(later).not.to.equal(first);
        expect(await requestCount(key)).to.equal(2);
      }));

    it('honours Cache-Control: max-age, less the Age a shared cache added', () =>
      withResponseHeaders({ 'cache-control': 'public, max-age=60', age: '20' }, async () => {
        const key = uniqueKey('max-age');
        const url = feedUrl({ key });
        const first = await fetchFeed(url);
        expect(await withClockAhead(39_000, () => fetchFeed(url))).to.equal(first);
        expect(await requestCount(key)).to.equal(1);
        await withClockAhead(41_000, () => fetchFeed(url));
        expect(await requestCount(key)).to.equal(2);
      }));

    it('reuses a max-age longer than the default for that long', () =>
      withResponseHeaders({ 'cache-control': `max-age=${(DEFAULT_MAX_AGE_MS / 1000) * 2}` }, async () => {
        const key = uniqueKey('long-max-age');
        const url = feedUrl({ key });
        const first = await fetchFeed(url);
        expect(await withClockAhead(DEFAULT_MAX_AGE_MS + 1000, () => fetchFeed(url))).to.equal(first);
        expect(await requestCount(key)).to.equal(1);
      }));

    for (const cacheControl of ['no-store', 'no-cache', 'max-age=0']) {
      it(`does not reuse a settled ${cacheControl} response, but still shares it while in flight`, () =>
        withResponseHeaders({ 'cache-control': cacheControl }, async () => {
          const key = uniqueKey(cacheControl);
          const url = feedUrl({ key, delay: 200 });
          const [a, b] = await Promise.all([fetchFeed(url), fetchFeed(url)]);
          expect(a).to.equal(b);
          expect(await requestCount(key)).to.equal(1);
          const later = await fetchFeed(url);
          expect(later).not.to.equal(a);
          expect(await requestCount(key)).to.equal(2);
        }));
    }

    it('does not reuse the test server’s own no-store answers once settled', async () => {
      const key = uniqueKey('server-no-store');
      const url = feedUrl({ key });
      await fetchFeed(url);
      await fetchFeed(url);
      expect(await requestCount(key)).to.equal(2);
    });
  });

  describe('holders', () => {
    it('gives a holder that releases and asks again at once (an element moved or re-created) the same document, without a request', () =>
      cacheable(async () => {
        const key = uniqueKey('holder-move');
        const url = feedUrl({ key });
        const element = {};
        const first = await fetchFeed(url, { holder: element });
        releaseFeed(element);
        const replacement = {};
        expect(await fetchFeed(url, { holder: replacement })).to.equal(first);
        expect(await requestCount(key)).to.equal(1);
        releaseFeed(replacement);
      }));

    it(`drops a document ${RELEASE_GRACE_MS} ms after its last holder released it, and keeps the others`, () =>
      cacheable(async () => {
        const released = uniqueKey('holder-released');
        const stillHeld = uniqueKey('holder-still-held');
        const plain = uniqueKey('holder-none');
        const [one, other, leaving] = [{}, {}, {}];
        await fetchFeed(feedUrl({ key: released }), { holder: one });
        await fetchFeed(feedUrl({ key: released }), { holder: other });
        await fetchFeed(feedUrl({ key: stillHeld }), { holder: leaving });
        await fetchFeed(feedUrl({ key: stillHeld }), { holder: one });
        await fetchFeed(feedUrl({ key: plain }));
        releaseFeed(one);
        releaseFeed(other);
        releaseFeed(leaving);
        releaseFeed(leaving); // releasing twice changes nothing
        // `stillHeld` is still held through a second holder taken after `one` released.
        const keeper = {};
        await fetchFeed(feedUrl({ key: stillHeld }), { holder: keeper });
        await sleep(RELEASE_GRACE_MS + 300);
        await fetchFeed(feedUrl({ key: released }));
        await fetchFeed(feedUrl({ key: stillHeld }));
        await fetchFeed(feedUrl({ key: plain }));
        expect(await requestCount(released), 'released by every holder: asked again').to.equal(2);
        expect(await requestCount(stillHeld), 'still held: reused').to.equal(1);
        expect(await requestCount(plain), 'never held (a plain call): reused within its max age').to.equal(1);
        releaseFeed(keeper);
      }));

    it('keeps a request in flight for a holder that released while another caller waits', () =>
      cacheable(async () => {
        const key = uniqueKey('holder-in-flight');
        const url = feedUrl({ key, delay: 300 });
        const element = {};
        const controller = new AbortController();
        const leaving = fetchFeed(url, { holder: element, signal: controller.signal });
        const staying = fetchFeed(url);
        await sleep(50);
        controller.abort();
        releaseFeed(element);
        await rejectionOf(leaving);
        const document = await staying;
        // Released while in flight: dropped a grace period after it settled, not before.
        expect(await fetchFeed(url)).to.equal(document);
        expect(await requestCount(key)).to.equal(1);
      }));
  });

  describe('abort', () => {
    it('rejects an aborted caller with its reason and still serves the others from the same request', async () => {
      const key = uniqueKey('abort-one');
      const url = feedUrl({ key, delay: 600 });
      const controller = new AbortController();
      const reason = new Error('element removed from the page');
      const leaving = fetchFeed(url, { signal: controller.signal });
      const staying = fetchFeed(url);
      await sleep(100);
      controller.abort(reason);
      expect(await rejectionOf(leaving)).to.equal(reason);
      expect(await staying).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(1);
    });

    it('rejects with an AbortError when the signal is aborted without a reason', async () => {
      const key = uniqueKey('abort-default-reason');
      const controller = new AbortController();
      const call = fetchFeed(feedUrl({ key, delay: 500 }), { signal: controller.signal });
      controller.abort();
      const error = await rejectionOf(call);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('cancels the request when every caller has aborted', async () => {
      const key = uniqueKey('abort-all');
      const url = feedUrl({ key, delay: 1500 });
      // A pass-through spy: it only records the signal the client hands to fetch.
      const originalFetch = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input instanceof Request ? input.url : input).includes(key) && init?.signal) signals.push(init.signal);
        return originalFetch.call(window, input, init);
      };
      try {
        const first = new AbortController();
        const second = new AbortController();
        const calls = [fetchFeed(url, { signal: first.signal }), fetchFeed(url, { signal: second.signal })];
        await sleep(150);
        first.abort();
        second.abort();
        await Promise.all(calls.map(rejectionOf));
        await sleep(0);
        expect(signals).to.have.length(1);
        expect(signals[0].aborted, 'the request was cancelled').to.equal(true);
      } finally {
        window.fetch = originalFetch;
      }
      // Nothing stays cached: the next caller sends a new request.
      expect(await fetchFeed(url, { timeout: 5000 })).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(2);
    });

    it('keeps the request when a caller leaves and another joins in the same task (an element moved in the page)', async () => {
      const key = uniqueKey('abort-move');
      const url = feedUrl({ key, delay: 500 });
      const controller = new AbortController();
      const before = fetchFeed(url, { signal: controller.signal });
      await sleep(100);
      controller.abort();
      const after = fetchFeed(url);
      await rejectionOf(before);
      expect(await after).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(1);
    });

    it('rejects at once with the reason of a signal that is already aborted, and sends no request', async () => {
      const key = uniqueKey('abort-before');
      const reason = new Error('gone before it started');
      expect(await rejectionOf(fetchFeed(feedUrl({ key }), { signal: AbortSignal.abort(reason) }))).to.equal(reason);
      await sleep(300);
      expect(await requestCount(key)).to.equal(0);
    });

    it('stops retrying when every caller leaves during a backoff', async () => {
      const key = uniqueKey('abort-backoff');
      const url = feedUrl({ key, status: 503, failTimes: 5 });
      const controller = new AbortController();
      const call = fetchFeed(url, { signal: controller.signal });
      // The first 503 arrives quickly; the client then waits at least 200 ms before retrying.
      await sleep(120);
      controller.abort();
      await rejectionOf(call);
      await sleep(1500);
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('timeout', () => {
    it('fails with a timeout FeedError when the server does not answer in time', async () => {
      const key = uniqueKey('timeout');
      const url = feedUrl({ key, delay: 5000 });
      const error = await feedErrorOf(fetchFeed(url, { timeout: 300 }));
      // A timeout error at all means it gave up on its own: waiting for the server's answer
      // (after 5 s) would have resolved with the feed.
      expect(error.kind).to.equal('timeout');
      expect(error.source).to.equal(absolute(url));
      expect(error.message).to.include('300 ms');
    });

    it('times out one caller without failing another that waits longer', async () => {
      const key = uniqueKey('timeout-per-caller');
      const url = feedUrl({ key, delay: 800 });
      const impatient = fetchFeed(url, { timeout: 100 });
      const patient = fetchFeed(url, { timeout: 5000 });
      expect((await feedErrorOf(impatient)).kind).to.equal('timeout');
      expect(await patient).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('retries', () => {
    it(`tries again at most ${MAX_RETRIES} times`, () => {
      expect(MAX_RETRIES).to.equal(2);
    });

    it('succeeds after two 503 answers, with exactly three requests', async () => {
      const key = uniqueKey('retry-503');
      const started = performance.now();
      const feed = await fetchFeed(feedUrl({ key, failTimes: 2 }));
      const elapsed = performance.now() - started;
      expect(feed).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(3);
      // Backoff: 400 ms then 800 ms, each jittered by ±50 %: at least 600 ms in all. (Only the
      // lower bound: a busy machine makes every wait longer, never shorter.)
      expect(elapsed).to.be.at.least(500);
    });

    it('fails with an http error after three 500 answers', async () => {
      const key = uniqueKey('retry-500');
      const error = await feedErrorOf(fetchFeed(feedUrl({ key, status: 500 })));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(error.message).to.include('500');
      expect(await requestCount(key)).to.equal(3);
    });

    it('does not retry a 404', async () => {
      const key = uniqueKey('no-retry-404');
      const url = feedUrl({ key, status: 404 });
      const error = await feedErrorOf(fetchFeed(url));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.source).to.equal(absolute(url));
      expect(error.message).to.include('check the endpoint URL');
      await sleep(200);
      expect(await requestCount(key)).to.equal(1);
    });

    it('does not retry other 4xx answers', async () => {
      const key = uniqueKey('no-retry-403');
      const error = await feedErrorOf(fetchFeed(feedUrl({ key, status: 403 })));
      expect(error.status).to.equal(403);
      await sleep(200);
      expect(await requestCount(key)).to.equal(1);
    });

    it('waits as long as a 429 Retry-After asks, then succeeds', async () => {
      const key = uniqueKey('retry-429');
      const started = performance.now();
      const feed = await fetchFeed(feedUrl({ key, status: 429, failTimes: 1, retryAfter: 1 }));
      const elapsed = performance.now() - started;
      expect(feed).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(2);
      // It waited as asked (a busy machine only makes the wait longer).
      expect(elapsed).to.be.at.least(950);
    });

    it('fails at once when Retry-After asks for more than 10 s', async () => {
      const key = uniqueKey('retry-after-too-long');
      const error = await feedErrorOf(fetchFeed(feedUrl({ key, status: 503, retryAfter: 60 })));
      // The server's own answer, not a timeout: it did not wait (waiting would have run into
      // the 10 s timeout first), and it asked once.
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(503);
      expect(error.message).to.include('asked to retry after 60 s');
      expect(await requestCount(key)).to.equal(1);
    });

    it('fails at once with the http error when Retry-After would outlast every waiting caller', async () => {
      const key = uniqueKey('retry-after-past-timeout');
      const url = feedUrl({ key, status: 503, failTimes: 1, retryAfter: 3 });
      const calls = [fetchFeed(url, { timeout: 1500 }), fetchFeed(url, { timeout: 2000 })];
      for (const call of calls) {
        const error = await feedErrorOf(call);
        expect(error.kind, 'not a timeout: the server said when to come back').to.equal('http');
        expect(error.status).to.equal(503);
        expect(error.message).to.include('asked to retry after 3 s, longer than the timeout');
      }
      expect(await requestCount(key)).to.equal(1);
    });

    it('waits for Retry-After when one waiting caller has time enough for it', async () => {
      const key = uniqueKey('retry-after-one-patient');
      const url = feedUrl({ key, status: 503, failTimes: 1, retryAfter: 1 });
      const impatient = fetchFeed(url, { timeout: 300 });
      const patient = fetchFeed(url, { timeout: 5000 });
      expect((await feedErrorOf(impatient)).kind).to.equal('timeout');
      expect(await patient).to.have.property('version', 1);
      expect(await requestCount(key)).to.equal(2);
    });

    it('fails with a network error when the server cannot be reached (after retrying)', async () => {
      const url = 'http://127.0.0.1:9/careers.json';
      const error = await feedErrorOf(fetchFeed(url));
      expect(error.kind).to.equal('network');
      expect(error.source).to.equal(url);
      expect(error.message).to.include('Access-Control-Allow-Origin');
    });
  });

  describe('connections', () => {
    /** Runs `task` while recording every response the client receives (a pass-through spy). */
    async function recordingResponses(key: string, task: () => Promise<unknown>): Promise<Response[]> {
      const originalFetch = window.fetch;
      const responses: Response[] = [];
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await originalFetch.call(window, input, init);
        if (String(input instanceof Request ? input.url : input).includes(key)) responses.push(response);
        return response;
      };
      try {
        await task();
      } finally {
        window.fetch = originalFetch;
      }
      return responses;
    }

    it('cancels the body of every answer it retries or refuses, so the connection is released', async () => {
      const retried = uniqueKey('cancel-retried');
      const retriedResponses = await recordingResponses(retried, () => rejectionOf(fetchFeed(feedUrl({ key: retried, status: 500 }))));
      const notFound = uniqueKey('cancel-404');
      const notFoundResponses = await recordingResponses(notFound, () => rejectionOf(fetchFeed(feedUrl({ key: notFound, status: 404 }))));
      const html = uniqueKey('cancel-html');
      const htmlResponses = await recordingResponses(html, () => rejectionOf(fetchFeed(feedUrl({ key: html, contentType: 'text/html' }))));
      const responses = [...retriedResponses, ...notFoundResponses, ...htmlResponses];
      expect(responses.map((response) => response.status)).to.deep.equal([500, 500, 500, 404, 200]);
      // A cancelled body counts as used: nothing can read it any more.
      expect(responses.map((response) => response.bodyUsed)).to.deep.equal([true, true, true, true, true]);
    });
  });

  describe('endpoint URLs', () => {
    it('fails at once, without a request, for an address that is not a URL or cannot be fetched', async () => {
      const realFetch = window.fetch;
      let requests = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        requests++;
        return realFetch(...args);
      };
      try {
        for (const url of ['http://[not a host', 'ftp://example.org/careers.json', 'javascript:alert(1)']) {
          const error = (await rejectionOf(fetchFeed(url))) as FeedError;
          expect(error, url).to.be.instanceOf(FeedError);
          expect(error.kind).to.equal('network');
          expect(error.message).to.match(/is not a URL|cannot be fetched/);
        }
      } finally {
        window.fetch = realFetch;
      }
      expect(requests, 'no request, so no retries').to.equal(0);
    });
  });

  describe('response checks', () => {
    it('fails with not-json when the body is not JSON, without retrying', async () => {
      const key = uniqueKey('malformed');
      const error = await feedErrorOf(fetchFeed(feedUrl({ key, malformed: true })));
      expect(error.kind).to.equal('not-json');
      expect(error.message).to.include('not valid JSON');
      expect(await requestCount(key)).to.equal(1);
    });

    it('fails with not-json when the server answers with another content type', async () => {
      const key = uniqueKey('content-type');
      const error = await feedErrorOf(fetchFeed(feedUrl({ key, contentType: 'text/html' })));
      expect(error.kind).to.equal('not-json');
      expect(error.message).to.include('text/html');
      expect(await requestCount(key)).to.equal(1);
    });

    it('reads a static JSON file', async () => {
      const feed = await fetchFeed('/test/fixtures/feeds/small-feed.json');
      expect(feed).to.have.property('version', 1);
    });
  });
});

describe('FeedError', () => {
  it('is an Error with a kind, a source and, for http errors, a status', () => {
    const error = new FeedError('http', 'https://example.org/feed.json', 'the server answered 502', 502);
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('FeedError');
    expect(error.kind).to.equal('http');
    expect(error.source).to.equal('https://example.org/feed.json');
    expect(error.status).to.equal(502);
    expect(error.message).to.equal('the server answered 502');
  });

  it('toFeedError keeps a FeedError and wraps anything else as invalid-feed', () => {
    const original = new FeedError('timeout', 'x', 'slow');
    expect(toFeedError(original, 'y')).to.equal(original);
    const wrapped = toFeedError(new TypeError('boom'), 'data');
    expect(wrapped.kind).to.equal('invalid-feed');
    expect(wrapped.source).to.equal('data');
    expect(wrapped.message).to.include('boom');
    expect(toFeedError('plain string', 'data').message).to.include('plain string');
  });
});
