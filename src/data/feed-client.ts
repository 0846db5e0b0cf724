/**
 * Fetches feeds for every element on the page through one shared cache:
 * one request in flight and one cached document per URL, whatever the number of elements.
 *
 * Each caller waits with its own abort signal and timeout. A caller that gives up (removed from
 * the page, timed out) stops waiting; the request itself is cancelled only when nobody waits.
 */
import { FeedError } from './feed-error.js';

export interface FetchFeedOptions {
  /** The caller's own signal; aborting it rejects this call with the signal's reason. */
  signal?: AbortSignal;
  /** Milliseconds this caller waits before failing with a `timeout` error. */
  timeout?: number;
  /** Drops a cached document (not one in flight) and asks the server again. */
  fresh?: boolean;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/** How many times a failed request is tried again (network errors, 5xx and 429 only). */
export const MAX_RETRIES = 2;
/** First backoff in ms; doubled on each retry and jittered by ±50 %. */
const BACKOFF_MS = 400;
/** A `Retry-After` longer than this is not waited for: the request fails instead. */
const MAX_RETRY_AFTER_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** What `fetch` can load; anything else fails at once instead of being retried. */
const FETCHABLE_SCHEMES = ['https:', 'http:', 'data:', 'blob:'];

/** The parsed JSON document at `url` (resolved against the page), shared with other callers. */
export function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS, fresh = false } = options;
  // A caller that has already left gets its reason at once, and no request is sent for it.
  if (signal?.aborted) return Promise.reject(signal.reason);
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    return Promise.reject(new FeedError('network', url, `"${url}" is not a URL: check the endpoint attribute`));
  }
  const key = parsed.href;
  if (!FETCHABLE_SCHEMES.includes(parsed.protocol)) {
    return Promise.reject(
      new FeedError('network', key, `"${url}" cannot be fetched: the endpoint must be an https: or http: URL`),
    );
  }
  let entry = entries.get(key);
  if (entry && fresh && entry.settled) {
    entries.delete(key);
    entry = undefined;
  }
  if (!entry) entry = start(key);
  return wait(key, entry, signal, timeout);
}

/** Forgets every cached document (tests, or a host that knows the data changed). */
export function clearFeedCache(): void {
  entries.clear();
}

function start(key: string): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, waiting: 0, settled: false, promise: load(key, controller.signal) };
  entry.promise.then(
    () => (entry.settled = true),
    () => {
      entry.settled = true;
      // Failures are not cached: the next caller (a Retry button) asks again.
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  entries.set(key, entry);
  return entry;
}

function wait(key: string, entry: Entry, signal: AbortSignal | undefined, timeout: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    entry.waiting++;
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        // Let a caller that is only being moved in the page subscribe again before cancelling.
        queueMicrotask(() => {
          if (entry.waiting === 0 && !entry.settled) {
            entry.controller.abort();
            if (entries.get(key) === entry) entries.delete(key);
          }
        });
      }
    };
    const onAbort = () => {
      if (done) return;
      finish();
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(
        new FeedError(
          'timeout',
          key,
          `no answer within ${timeout} ms; check that the endpoint is up, or raise the element's timeout attribute`,
        ),
      );
    }, timeout);
    signal?.addEventListener('abort', onAbort);
    entry.promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Milliseconds asked for by a `Retry-After` header (seconds or an HTTP date), if any. */
function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const backoffMs = (attempt: number) => BACKOFF_MS * 2 ** attempt * (0.5 + Math.random());

const isRetryableStatus = (status: number) => status >= 500 || status === 429;

async function load(url: string, signal: AbortSignal): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (attempt < MAX_RETRIES) {
        await sleep(backoffMs(attempt), signal);
        continue;
      }
      throw new FeedError(
        'network',
        url,
        `the request failed (${(error as Error).message}): the server is unreachable, or it does not allow this page's origin (send an Access-Control-Allow-Origin header)`,
      );
    }
    if (response.ok) return parse(response, url);
    if (isRetryableStatus(response.status) && attempt < MAX_RETRIES) {
      const asked = retryAfterMs(response);
      if (asked === undefined || asked <= MAX_RETRY_AFTER_MS) {
        await sleep(asked ?? backoffMs(attempt), signal);
        continue;
      }
    }
    throw new FeedError(
      'http',
      url,
      `the server answered ${response.status} ${response.statusText}`.trim() +
        (response.status === 404 ? ': check the endpoint URL' : ''),
      response.status,
    );
  }
}

async function parse(response: Response, url: string): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (type && !/\bjson\b/i.test(type)) {
    throw new FeedError(
      'not-json',
      url,
      `expected application/json, got ${type.split(';')[0]}: does the endpoint point at the feed (a missing file often returns a web page)?`,
    );
  }
  try {
    // Parsed straight from the bytes: for a large feed, no intermediate string.
    return await response.json();
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new FeedError('not-json', url, `the response is not valid JSON (${(error as Error).message})`);
  }
}
