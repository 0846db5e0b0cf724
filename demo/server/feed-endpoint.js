// @ts-check
/**
 * The demo feed over real HTTP, with faults on demand. The demo server (`npm start`) and the
 * test server both mount it, so states can be tried by hand and tested against real responses.
 *
 *   GET /api/careers.json                 the demo feed, dates moved so that it never goes stale
 *   GET /api/careers.json?section=jobs    just one list of the feed (here, an array of jobs)
 *     &delay=3000         answer after 3 s (capped at 30 s)
 *     &status=500         answer with that HTTP status
 *     &retryAfter=1       with a Retry-After header (seconds)
 *     &failTimes=2&key=k  answer &status (default 503) to the first 2 requests with key k
 *     &malformed          a body that is not JSON
 *     &contentType=text/html
 *     &empty              no jobs, spotlights, benefits or stats
 *     &invalid            some broken items mixed in (each is skipped with a console warning)
 *     &jobs=10000         that many generated jobs
 *     &maxAge=60          let the answer be reused for that many seconds (default: no-store)
 *   GET /api/requests?key=k   how many feed requests carried key k (for tests)
 */
import { readFile } from 'node:fs/promises';

const DAY_MS = 86_400_000;
const MAX_DELAY_MS = 30_000;

/** @param {string} feedPath absolute path of careers.json */
export function createFeedEndpoint(feedPath) {
  /** @type {Map<string, number>} */
  const requestsByKey = new Map();

  /**
   * @param {URL} url
   * @returns {Promise<{ status: number, headers: Record<string, string>, body: string } | undefined>}
   */
  return async function answer(url) {
    const query = url.searchParams;
    if (url.pathname === '/api/requests') {
      return json(200, { count: requestsByKey.get(query.get('key') ?? '') ?? 0 });
    }
    if (url.pathname !== '/api/careers.json') return undefined;

    const key = query.get('key');
    const seen = key ? (requestsByKey.get(key) ?? 0) + 1 : 0;
    if (key) requestsByKey.set(key, seen);

    const delay = Math.min(Number(query.get('delay')) || 0, MAX_DELAY_MS);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    const failTimes = Number(query.get('failTimes')) || 0;
    const status = Number(query.get('status')) || (failTimes ? 503 : 200);
    if (status !== 200 && (!failTimes || seen <= failTimes)) {
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
      if (query.has('retryAfter')) headers['retry-after'] = String(query.get('retryAfter'));
      return { status, headers, body: '{"error":"injected"}' };
    }
    if (query.has('malformed')) return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"version": 1, "jobs": [' };
    if (query.has('contentType')) {
      return { status: 200, headers: { 'content-type': String(query.get('contentType')) }, body: '<!doctype html><title>Not found</title>' };
    }

    const feed = rebaseDates(JSON.parse(await readFile(feedPath, 'utf8')), new Date());
    if (query.has('empty')) Object.assign(feed, { jobs: [], spotlights: [], benefits: [], stats: [] });
    if (query.has('jobs')) feed.jobs = generateJobs(feed.jobs, Number(query.get('jobs')) || 0);
    if (query.has('invalid')) feed.jobs.splice(1, 0, ...brokenJobs());
    const section = query.get('section');
    const answer = json(200, section ? feed[section] : feed);
    const maxAge = Number(query.get('maxAge'));
    if (maxAge > 0) answer.headers['cache-control'] = `max-age=${Math.floor(maxAge)}`;
    return answer;
  };
}

/** @param {number} status @param {unknown} value */
function json(status, value) {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(value) };
}

/**
 * Moves every posting and closing date by the days between the feed's `generatedAt` and today,
 * so that the sample vacancies stay open however old the file gets.
 * @param {any} feed @param {Date} today
 */
export function rebaseDates(feed, today) {
  if (!feed.generatedAt) return feed;
  const shiftDays = Math.round((Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.parse(feed.generatedAt)) / DAY_MS);
  /** @param {string | undefined} date */
  const shift = (date) => (date ? new Date(Date.parse(date) + shiftDays * DAY_MS).toISOString().slice(0, 10) : date);
  for (const job of feed.jobs ?? []) {
    if (job.postedAt) job.postedAt = shift(job.postedAt);
    if (job.closingAt) job.closingAt = shift(job.closingAt);
  }
  feed.generatedAt = shift(feed.generatedAt);
  return feed;
}

/**
 * `count` jobs made from the feed's own, with unique ids, references and closing dates.
 * @param {any[]} jobs @param {number} count
 */
export function generateJobs(jobs, count) {
  const open = jobs.filter((job) => !job.closingAt || Date.parse(job.closingAt) > Date.now());
  return Array.from({ length: count }, (_, index) => {
    const base = open[index % open.length];
    const closing = new Date(Date.now() + (2 + (index % 120)) * DAY_MS).toISOString().slice(0, 10);
    const title = typeof base.title === 'string' ? base.title : base.title.en;
    return {
      ...base,
      id: `${base.id}-${index}`,
      reference: `GEN-${String(index).padStart(5, '0')}`,
      title: `${title} ${index + 1}`,
      closingAt: closing,
      illustrative: true,
    };
  });
}

/** Items that break the contract in typical ways. */
function brokenJobs() {
  return [
    { id: 'broken-no-title', organization: 'NSPA', locations: [{ country: 'LU' }] },
    { id: 'broken-title-number', title: 42, organization: 'NSPA', locations: [{ country: 'LU' }] },
    {
      id: 'unsafe-apply-link',
      title: 'Job with an unsafe apply link',
      organization: 'NSPA',
      locations: [{ city: 'Capellen', country: 'LU' }],
      applyUrl: 'javascript:alert(1)',
      closingAt: new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10),
    },
    'not an object',
  ];
}

/**
 * Connect/Vite middleware.
 * @param {ReturnType<typeof createFeedEndpoint>} answer
 */
export function connectMiddleware(answer) {
  /** @type {(req: any, res: any, next: () => void) => void} */
  return (req, res, next) => {
    const url = new URL(req.url, 'http://localhost');
    answer(url).then((response) => {
      if (!response) return next();
      res.writeHead(response.status, response.headers);
      res.end(response.body);
    }, next);
  };
}

/**
 * Koa middleware (the test runner's server).
 * @param {ReturnType<typeof createFeedEndpoint>} answer
 */
export function koaMiddleware(answer) {
  /** @type {(context: any, next: () => Promise<void>) => Promise<void>} */
  return async (context, next) => {
    const response = await answer(new URL(context.url, 'http://localhost'));
    if (!response) return next();
    context.status = response.status;
    context.set(response.headers);
    context.body = response.body;
  };
}
