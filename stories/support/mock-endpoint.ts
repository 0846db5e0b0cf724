/**
 * The stories' endpoint, answered in the browser by Mock Service Worker: no story touches the
 * network. Like the demo server (`demo/server/feed-endpoint.js`), one URL with the scenario in
 * its query, so a story's endpoint says what it shows:
 *
 *   mock-api/careers.json?scenario=default   the demo feed, dates moved so that it never goes stale
 *     scenario=empty | invalid | long        see `feeds.ts`
 *     &section=jobs                          just one list of the feed
 *     &never                                 a response that never arrives
 *     &delay=800                             answer after 800 ms
 *     &status=500                            answer with that status
 *     &failTimes=3&key=k                     answer &status (default 500) to the first 3 requests with key k, then recover
 *     &malformed                             a body that is not JSON
 *
 * The handler is installed when the worker starts (`.storybook/preview.ts`), so it survives the
 * handler reset between stories: a docs page renders many stories at once, and each must still
 * be answered. Responses are `no-store`, so the elements' shared cache keeps nothing between stories.
 */
import { delay, http, HttpResponse } from 'msw';
import { feeds, type FeedName } from './feeds.js';

export const MOCK_ENDPOINT = 'mock-api/careers.json';

const requestsByKey = new Map<string, number>();

export const mockFeedHandler = http.get(`*/${MOCK_ENDPOINT}`, async ({ request }) => {
  const query = new URL(request.url).searchParams;
  const key = query.get('key');
  const seen = key ? (requestsByKey.get(key) ?? 0) + 1 : 0;
  if (key) requestsByKey.set(key, seen);

  if (query.has('never')) {
    await delay('infinite');
  }
  const wait = Number(query.get('delay')) || 0;
  if (wait > 0) await delay(Math.min(wait, 30_000));

  const failTimes = Number(query.get('failTimes')) || 0;
  const status = Number(query.get('status')) || (failTimes ? 500 : 200);
  if (status !== 200 && (!failTimes || seen <= failTimes)) {
    return HttpResponse.json({ error: 'mocked failure' }, { status, headers: { 'cache-control': 'no-store' } });
  }
  if (query.has('malformed')) {
    return new HttpResponse('{"version": 1, "jobs": [', { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
  }
  const scenario = (query.get('scenario') ?? 'default') as FeedName;
  const feed = (feeds[scenario] ?? feeds.default)();
  const section = query.get('section');
  return HttpResponse.json(section ? feed[section] : feed, { headers: { 'cache-control': 'no-store' } });
});

let renders = 0;

/**
 * The endpoint URL of a story. `story` makes it unique, so that stories shown together on a
 * docs page never share a request; `failTimes` stories get a fresh key on every render, so the
 * failure is seen again each time the story is shown.
 */
export function mockEndpoint(story: string, options: Record<string, string | number | boolean> = {}): string {
  const query = new URLSearchParams({ story });
  for (const [name, value] of Object.entries(options)) {
    if (value === false) continue;
    query.set(name, value === true ? '' : String(value));
  }
  if (options.failTimes) query.set('key', `${story}-${Date.now()}-${++renders}`);
  return `${MOCK_ENDPOINT}?${query}`;
}
