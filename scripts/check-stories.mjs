// @ts-check
/**
 * `npm run check-stories`: loads every story of the built Storybook (`storybook-static`, from
 * `npm run build-storybook`) in headless Chromium and fails if one
 *   - throws (an uncaught error, or Storybook's error display),
 *   - renders nothing (an element without content, or an empty root),
 *   - logs a console error, except the expected ones of stories tagged `expected-error`,
 *   - requests anything outside the Storybook (every endpoint is mocked),
 *   - has an axe-core violation (WCAG 2.0–2.2, A and AA, as the a11y addon is set up),
 *   - or, tagged `retry-recovers`, does not show its content after "Try again".
 * Docs pages are loaded too, and fail if they throw or render nothing.
 *
 * Uses the Chromium already on the machine (playwright-core downloads nothing):
 * CHROMIUM_PATH, else /usr/bin/chromium. `--only <text>` checks only ids containing it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = process.env.STORYBOOK_DIR ? `${normalize(process.env.STORYBOOK_DIR)}/` : fileURLToPath(new URL('../storybook-static/', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT_MS = Number(process.env.STORY_CHECK_TIMEOUT) || 60_000;
/** Quiet time after the elements settle, for late messages (the "not configured" check runs after a tick). */
const SETTLE_MS = 300;
const CONCURRENCY = Number(process.env.STORY_CHECK_CONCURRENCY) || 2;
/** Console errors a story tagged `expected-error` may log: the element's own, and the browser's for the failed response. */
const EXPECTED_ERROR = /^\[nato-careers\]|Failed to load resource: the server responded with a status of 5\d\d/;

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;

if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A tiny static server for the built Storybook. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** @typedef {{ id: string, type: 'story' | 'docs', title: string, name: string, tags?: string[] }} Entry */

const started = performance.now();
/** @type {{ entries: Record<string, Entry> }} */
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !only || entry.id.includes(only));

const server = /** @type {import('node:http').Server} */ (await serve());
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Storybook's preview events this script listens to (storybook/internal/core-events). */
const RENDERED = ['storyRendered', 'docsRendered'];
const FAILED = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];

/**
 * A preview page: loaded once, then shown each story in turn through Storybook's channel, as
 * the Storybook UI does when a designer clicks through the sidebar (loading the preview for
 * every story would spend most of the time parsing the same scripts again).
 */
async function openPreview() {
  const page = await context.newPage();
  /** @type {{ entry?: Entry, problems: string[] }} */
  const current = { problems: [] };
  const expectsError = () => (current.entry?.tags ?? []).includes('expected-error') || current.entry?.type === 'docs';
  page.on('pageerror', (error) => current.problems.push(`threw: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^Failed to load resource/.test(text)) return; // reported with its URL by the response listener
    if (expectsError() && EXPECTED_ERROR.test(text)) return; // docs pages show the error stories too
    current.problems.push(`console error: ${text.slice(0, 300)}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !(expectsError() && response.status() >= 500)) current.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) current.problems.push(`network request outside the Storybook: ${url}`);
  });
  await page.route((url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:', (route) => route.abort());
  // Records the preview's render events from its start.
  await page.addInitScript((events) => {
    const w = /** @type {any} */ (window);
    w.__storyEvents = [];
    const timer = setInterval(() => {
      const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return;
      clearInterval(timer);
      for (const type of events) {
        channel.on(type, (/** @type {any} */ payload) =>
          w.__storyEvents.push({ type, id: typeof payload === 'string' ? payload : payload?.storyId, message: String(payload?.message ?? payload?.description ?? payload?.title ?? '') }),
        );
      }
    }, 1);
  }, [...RENDERED, ...FAILED]);
  let loaded = false;

  /** Shows `entry` and checks it. @param {Entry} entry @returns {Promise<string[]>} the problems found */
  async function check(entry) {
    current.entry = entry;
    current.problems = [];
    try {
      if (!loaded) {
        // The a11y addon's automatic run is switched off (`a11y.manual`): this script runs axe itself.
        await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type}&globals=a11y.manual:!true`, { waitUntil: 'commit', timeout: STORY_TIMEOUT_MS });
        loaded = true;
      } else {
        await page.evaluate(({ id, type }) => {
          const w = /** @type {any} */ (window);
          w.__storyEvents = [];
          w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: type });
        }, entry);
      }
      const outcome = /** @type {{ type: string, message: string }} */ (
        await (
          await page.waitForFunction(
            ({ id, rendered, failed }) =>
              /** @type {any} */ (window).__storyEvents?.find(
                (/** @type {any} */ event) => (rendered.includes(event.type) && event.id === id) || failed.includes(event.type),
              ),
            { id: entry.id, rendered: RENDERED, failed: FAILED },
            { timeout: STORY_TIMEOUT_MS, polling: 50 },
          )
        ).jsonValue()
      );
      if (FAILED.includes(outcome.type)) {
        current.problems.push(`Storybook: ${outcome.type} ${outcome.message.slice(0, 300)}`);
      } else if (entry.type === 'docs') {
        const text = (await page.locator('#storybook-docs').innerText()).trim();
        if (text.length < 40) current.problems.push('docs page renders nothing');
        await page.waitForTimeout(SETTLE_MS);
      } else {
        current.problems.push(...(await checkStory(page, entry)));
      }
    } catch (error) {
      current.problems.push(`failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      loaded = false; // start again from a fresh page load
    }
    return current.problems;
  }
  return { check, close: () => page.close() };
}

/**
 * The states of the story's elements, once none is still loading (a Loading story: at once).
 * @param {import('playwright-core').Page} page
 * @param {boolean} loading
 * @returns {Promise<string[]>}
 */
async function settledStates(page, loading) {
  const handle = await page.waitForFunction(
    (loading) => {
      const elements = [...document.querySelectorAll('#storybook-root *')].filter(
        (element) => element.localName.startsWith('nato-') && 'feedState' in element,
      );
      if (!elements.length || elements.some((element) => /** @type {any} */ (element).isUpdatePending)) return null;
      const states = elements.map((element) => /** @type {any} */ (element).feedState);
      return loading || !states.includes('loading') ? states : null;
    },
    loading,
    { timeout: STORY_TIMEOUT_MS, polling: 100 },
  );
  return /** @type {string[]} */ (await handle.jsonValue());
}

/** @param {import('playwright-core').Page} page @param {Entry} entry */
async function checkStory(page, entry) {
  const tags = entry.tags ?? [];
  const mark = (/** @type {string} */ what) => process.env.STORY_CHECK_DEBUG && console.log(`  ${entry.id}: ${what} at ${(performance.now() / 1000).toFixed(1)} s`);
  mark('rendered');
  const problems = [];
  const loading = entry.id.endsWith('--loading');
  const states = await settledStates(page, loading);
  await page.waitForTimeout(SETTLE_MS);

  // Something on screen: every element has content in its shadow root, and takes up space.
  const empty = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root *')]
      .filter((element) => element.localName.startsWith('nato-') && 'feedState' in element)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return !element.shadowRoot || !element.shadowRoot.textContent?.trim() && !element.shadowRoot.querySelector('[part]') || box.height < 8 || box.width < 8;
      })
      .map((element) => element.localName),
  );
  if (empty.length) problems.push(`renders nothing: ${empty.join(', ')}`);
  if (loading && states.some((state) => state !== 'loading')) problems.push(`a Loading story left the loading state: ${states.join(', ')}`);
  if (tags.includes('retry-recovers') && !states.includes('error')) problems.push(`an Error story shows no error: ${states.join(', ')}`);

  mark('settled');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const results = await /** @type {any} */ (window).axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (/** @type {any} */ violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((/** @type {any} */ node) => node.target.join(' > '))
          .join('; ')}`,
    );
  }, AXE_TAGS);
  problems.push(...violations.map((violation) => `axe: ${violation}`));
  mark('axe done');

  if (tags.includes('retry-recovers')) {
    const retries = page.locator('[part="retry"]');
    const count = await retries.count();
    if (!count) problems.push('no "Try again" button');
    for (let i = 0; i < count; i++) await retries.nth(0).click();
    const after = await settledStates(page, false).catch(() => ['timeout']);
    if (after.some((state) => state !== 'loaded')) problems.push(`"Try again" did not recover: ${after.join(', ')}`);
  }
  return problems;
}

/** @type {Map<string, string[]>} */
const failures = new Map();
let checked = 0;
// Stories first, then docs pages; each worker has its own preview page.
const queue = entries.filter((entry) => entry.type === 'story').concat(entries.filter((entry) => entry.type === 'docs'));
const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async (_, worker) => {
  // The first worker registers the mock service worker before the others start.
  if (worker > 0) await new Promise((resolve) => setTimeout(resolve, 3000));
  const preview = await openPreview();
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const start = performance.now();
    const problems = await preview.check(entry);
    const took = ((performance.now() - start) / 1000).toFixed(1);
    checked++;
    if (problems.length) failures.set(entry.id, problems);
    console.log(`${problems.length ? '✗' : '✓'} ${entry.type === 'docs' ? 'docs ' : ''}${entry.id} (${took} s)${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
  }
  await preview.close();
});
await Promise.all(workers);

await browser.close();
server.close();

const stories = entries.filter((entry) => entry.type === 'story').length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${failures.size ? 'FAILED' : 'OK'}: ${checked - failures.size} of ${checked} passed (${stories} stories, ${checked - stories} docs pages) in ${seconds} s`,
);
process.exit(failures.size ? 1 : 0);
