/**
 * Fetches feeds for every element on the page through one shared cache:
 * one request in flight and one cached document per URL, whatever the number of elements.
 *
 * Each caller waits with its own abort signal and timeout. A caller that gives up (removed from
 * the page, timed out) stops waiting; the request itself is cancelled only when nobody waits.
 *
 * A settled document is reused for its max age: the response's `Cache-Control: max-age`, none
 * for `no-store` or `no-cache`, else `DEFAULT_MAX_AGE_MS`. A document that elements hold (the
 * `holder` option) is also dropped `RELEASE_GRACE_MS` after the last of them releases it.
 */
import { FeedError } from './feed-error.js';

export interface FetchFeedOptions {
  /** The caller's own signal; aborting it rejects this call with the signal's reason. */
  signal?: AbortSignal;
  /** Milliseconds this caller waits before failing with a `timeout` error. */
  timeout?: number;
  /** Drops a cached document (not one in flight) and asks the server again. */
  fresh?: boolean;
  /**
   * Whoever shows the document (an element): the document stays cached while a holder holds
   * it, until `releaseFeed(holder)`. An element that switches endpoints releases, then asks again.
   */
  holder?: object;
}

interface Entry {
  key: string;
  promise: Promise<unknown>;
  controller: AbortController;
  /** When each waiting caller gives up (`performance.now()` ms); one entry per caller. */
  deadlines: number[];
  settled: boolean;
  /** When a settled document stops being reused (ms since the epoch). */
  expiresAt: number;
  /** How many holders hold it, and whether any ever did (only those entries are released). */
  holders: number;
  held: boolean;
  releasedAt: number;
  timer?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();
/** The entries each holder holds; weak, so that a holder never released does not leak itself. */
const holdings = new WeakMap<object, Set<Entry>>();

/** How many times a failed request is tried again (network errors, 5xx and 429 only). */
export const MAX_RETRIES = 2;
/** First backoff in ms; doubled on each retry and jittered by ±50 %. */
const BACKOFF_MS = 400;
/** A `Retry-After` longer than this is not waited for: the request fails instead. */
const MAX_RETRY_AFTER_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** How long a settled document is reused when the response sets no max age. */
export const DEFAULT_MAX_AGE_MS = 5 * 60_000;
/**
 * How long a document stays cached after its last holder released it: an element moved in the
 * page, or re-created by a framework, releases and asks again at once, and gets it back.
 */
export const RELEASE_GRACE_MS = 3_000;
/** `setTimeout` fires at once for delays beyond a signed 32-bit number of ms: wait in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** What `fetch` can load; anything else fails at once instead of being retried. */
const FETCHABLE_SCHEMES = ['https:', 'http:', 'data:', 'blob:'];

/** The parsed JSON document at `url` (resolved against the page), shared with other callers. */
export function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS, fresh = false, holder } = options;
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
  // The timer may run late (a background tab): the age is checked here too.
  if (entry?.settled && (fresh || Date.now() >= entry.expiresAt)) {
    drop(entry);
    entry = undefined;
  }
  if (!entry) entry = start(key);
  if (holder) hold(holder, entry);
  return wait(key, entry, signal, timeout);
}

/**
 * Releases every document `holder` holds (an element leaving the page). A settled document
 * that nobody holds any more is dropped after `RELEASE_GRACE_MS`.
 */
export function releaseFeed(holder: object): void {
  const held = holdings.get(holder);
  if (!held) return;
  holdings.delete(holder);
  for (const entry of held) {
    if (--entry.holders === 0) {
      entry.releasedAt = Date.now();
      schedule(entry);
    }
  }
}

/** Forgets every cached document (tests, or a host that knows the data changed). */
export function clearFeedCache(): void {
  for (const entry of entries.values()) clearTimeout(entry.timer);
  entries.clear();
}

function hold(holder: object, entry: Entry): void {
  let held = holdings.get(holder);
  if (!held) holdings.set(holder, (held = new Set()));
  if (held.has(entry)) return;
  held.add(entry);
  entry.holders++;
  entry.held = true;
  schedule(entry);
}

function drop(entry: Entry): void {
  clearTimeout(entry.timer);
  if (entries.get(entry.key) === entry) entries.delete(entry.key);
}

/** Sets the timer that drops a settled entry when it expires, or when its grace after release ends. */
function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  if (!entry.settled) return;
  const released = entry.held && entry.holders === 0;
  const dropAt = released ? Math.min(entry.expiresAt, entry.releasedAt + RELEASE_GRACE_MS) : entry.expiresAt;
  const due = dropAt - Date.now();
  if (due <= 0) drop(entry);
  else entry.timer = setTimeout(() => schedule(entry), Math.min(due, MAX_TIMER_MS));
}

function start(key: string): Entry {
  const controller = new AbortController();
  const entry: Entry = {
    key,
    controller,
    deadlines: [],
    settled: false,
    expiresAt: Infinity,
    holders: 0,
    held: false,
    releasedAt: 0,
    promise: Promise.resolve(),
  };
  // Marked settled before any waiter hears of it, so that waiters see a settled entry.
  // A Retry-After wait longer than every waiting caller's patience is not worth starting.
  const longestWait = () => Math.max(...entry.deadlines) - performance.now();
  entry.promise = load(key, controller.signal, longestWait).then(
    ({ document, maxAge }) => {
      entry.settled = true;
      entry.expiresAt = Date.now() + maxAge;
      schedule(entry);
      return document;
    },
    (error: unknown) => {
      entry.settled = true;
      // Failures are not cached: the next caller (a Retry button) asks again.
      drop(entry);
      throw error;
    },
  );
  entries.set(key, entry);
  return entry;
}

function wait(key: string, entry: Entry, signal: AbortSignal | undefined, timeout: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const deadline = performance.now() + timeout;
    entry.deadlines.push(deadline);
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.deadlines.splice(entry.deadlines.indexOf(deadline), 1);
      if (entry.deadlines.length === 0 && !entry.settled) {
        // Let a caller that is only being moved in the page, or a framework's replacement for it
        // (which asks on its first update, a few microtasks later), subscribe before cancelling.
        setTimeout(() => {
          if (entry.deadlines.length === 0 && !entry.settled) {
            entry.controller.abort();
            drop(entry);
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

/**
 * How long the response may be reused, in ms: `no-store` and `no-cache` say not at all once
 * settled; `max-age=N` (less the `Age` a shared cache added) says N s; else the default.
 */
function maxAgeMs(response: Response): number {
  const cacheControl = response.headers.get('cache-control') ?? '';
  if (/\bno-(store|cache)\b/i.test(cacheControl)) return 0;
  const maxAge = /(?:^|[\s,])max-age\s*=\s*"?(\d+)/i.exec(cacheControl);
  if (!maxAge) return DEFAULT_MAX_AGE_MS;
  const age = Number(response.headers.get('age')) || 0;
  return Math.max(0, Number(maxAge[1]) - age) * 1000;
}

/** Lets the connection go: the body of an answer that is retried or refused is never read. */
const discard = (response: Response) => void response.body?.cancel().catch(() => {});

/**
 * Fetches and parses `url`, retrying network errors, 5xx and 429. `longestWait` is how long the
 * most patient waiting caller still waits, in ms.
 */
async function load(
  url: string,
  signal: AbortSignal,
  longestWait: () => number,
): Promise<{ document: unknown; maxAge: number }> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      // A page may preload the feed so that it loads while the script does:
      //   <link rel="preload" as="fetch" href="…the endpoint URL…" crossorigin>
      // `crossorigin` (or ="anonymous") makes the preload a CORS request with credentials
      // same-origin, as this fetch is, so Chromium and Firefox hand over the preloaded response
      // (in flight or loaded): one request. Without `crossorigin`, or with "use-credentials", the
      // credentials differ and the browser sends a second request. The Accept header, the signal
      // and a relative or absolute href do not prevent the match.
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
    if (response.ok) return { document: await parse(response, url), maxAge: maxAgeMs(response) };
    discard(response);
    let problem = response.status === 404 ? ': check the endpoint URL' : '';
    if (isRetryableStatus(response.status) && attempt < MAX_RETRIES) {
      const asked = retryAfterMs(response);
      if (asked === undefined || (asked <= MAX_RETRY_AFTER_MS && asked < longestWait())) {
        await sleep(asked ?? backoffMs(attempt), signal);
        continue;
      }
      problem = `, and asked to retry after ${Math.ceil(asked / 1000)} s, longer than ${
        asked > MAX_RETRY_AFTER_MS ? `the ${MAX_RETRY_AFTER_MS / 1000} s this client waits for` : 'the timeout'
      }`;
    }
    throw new FeedError('http', url, `the server answered ${response.status} ${response.statusText}`.trim() + problem, response.status);
  }
}

async function parse(response: Response, url: string): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (type && !/\bjson\b/i.test(type)) {
    discard(response);
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
