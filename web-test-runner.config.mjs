// @ts-check
/**
 * @web/test-runner: every `test/**\/*.test.ts` in real Chromium and Firefox (Debian's builds at
 * /usr/bin, driven through puppeteer-core; nothing downloads a browser).
 *
 *   BROWSERS=chromium | firefox | chromium,firefox (default: both)
 *   CHROMIUM_PATH, FIREFOX_PATH   other browser binaries
 *
 * The server also answers `/api/careers.json` (the demo feed, with faults on demand) and
 * `/api/requests?key=k` through the same middleware as the demo server, so the fetch client is
 * tested against real HTTP responses. The run ends with one line alone that CI reads:
 * `tests: N passed, N failed, N skipped`.
 */
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { createFeedEndpoint, koaMiddleware } from './demo/server/feed-endpoint.js';
import { frameworkHostsPlugin } from './test/frameworks/bundle-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
};

/** The browsers named by `BROWSERS` (comma separated), or all of them. */
function selectedBrowsers() {
  const wanted = (process.env.BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (wanted.length === 0) return Object.values(launchers).map((launch) => launch());
  const unknown = wanted.filter((name) => !(name in launchers));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS=${process.env.BROWSERS}: unknown ${unknown.join(', ')}; use ${Object.keys(launchers).join(', ')}`);
  }
  return [...new Set(wanted)].map((name) => launchers[/** @type {keyof typeof launchers} */ (name)]());
}

/**
 * The `emulate-media-features` command: `{ features: [{ name: 'forced-colors', value: 'active' }] }`
 * emulates those media features in the test's page (an empty list clears them), and answers
 * true. Chromium only: Firefox, driven over WebDriver BiDi, cannot emulate them; it answers false.
 * (The emulateMedia command of @web/test-runner-commands leaves out forced colours under puppeteer.)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function emulateMediaFeaturesPlugin() {
  return {
    name: 'nato-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const browser = /** @type {any} */ (session.browser);
      if (browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') return false;
      const page = browser.getPage(session.id);
      // Through the DevTools protocol: puppeteer's emulateMediaFeatures() refuses forced-colors.
      // The session is kept, because the emulation lasts only as long as it does.
      let client = devtoolsSessions.get(page);
      if (!client) devtoolsSessions.set(page, (client = await page.createCDPSession()));
      await client.send('Emulation.setEmulatedMedia', { features: /** @type {any} */ (payload).features });
      return true;
    },
  };
}

/** DevTools sessions of the pages that emulate media features. */
const devtoolsSessions = new WeakMap();

/**
 * The feed endpoint, answered uncached. The runner's own cache middleware sits outside every
 * configured middleware and, after they ran, marks any response whose path has an extension
 * (`/api/careers.json`) `cache-control: public, max-age=31536000`, so the browser would answer
 * retries, `fresh` reloads and injected faults from its cache. Sending the endpoint's answer
 * here, with the endpoint's `no-store` (or the `max-age` a test asked for), leaves nothing for
 * it to change (Koa ignores headers set once sent).
 */
function feedEndpointMiddleware() {
  const endpoint = koaMiddleware(createFeedEndpoint(fromRoot('demo/data/careers.json')));
  /** @type {(context: any, next: () => Promise<void>) => Promise<void>} */
  return async (context, next) => {
    let passedOn = false;
    await endpoint(context, () => {
      passedOn = true;
      return next();
    });
    if (passedOn) return;
    // The endpoint's own caching header (no-store unless a test asked for ?maxAge=).
    if (!context.response.get('cache-control')) context.set('cache-control', 'no-store');
    context.respond = false;
    context.res.writeHead(context.status, context.response.headers);
    context.res.end(context.body);
  };
}

/**
 * @typedef {{ name: string, passed: boolean, skipped: boolean }} TestResult
 * @typedef {{ name: string, suites: TestSuite[], tests: TestResult[] }} TestSuite
 * @typedef {{ passed?: boolean, errors?: unknown[], testResults?: TestSuite }} Session
 */

/**
 * Counts every test of every session (one session = one test file in one browser). A session
 * that failed without a failing test (the file did not load, a browser crashed, an error outside
 * any test) counts as one failure, so the line never reads "0 failed" for a failed run.
 * @param {Session[]} sessions
 */
export function countTests(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  /** @param {TestSuite | undefined} suite */
  const walk = (suite) => {
    if (!suite) return 0;
    let failed = 0;
    for (const test of suite.tests ?? []) {
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else failed++;
    }
    for (const child of suite.suites ?? []) failed += walk(child);
    return failed;
  };
  for (const session of sessions) {
    const failed = walk(session.testResults);
    // A session that ended with an error of its own (interrupted, not loaded) failed even with no failing test.
    const broken = session.passed === false || (session.errors?.length ?? 0) > 0;
    counts.failed += failed === 0 && broken ? 1 : failed;
  }
  return counts;
}

/** Prints `tests: N passed, N failed, N skipped` alone on a line at the end of each run. */
function totalsReporter() {
  /** @type {string | undefined} */
  let line;
  let watch = false;
  return {
    /** @param {{ config: { watch?: boolean } }} args */
    start({ config }) {
      watch = Boolean(config.watch);
    },
    /** @param {{ sessions: Session[] }} args */
    onTestRunFinished({ sessions }) {
      const { passed, failed, skipped } = countTests(sessions);
      line = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      if (watch) console.log(`\n${line}\n`);
    },
    stop() {
      if (watch || line === undefined) return;
      const finalLine = line;
      // After the runner's last progress output, so the line stands alone at the very end.
      process.once('exit', () => process.stdout.write(`\n${finalLine}\n`));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // One browser at a time: on two cores, two browsers at once skew the 10,000-job timings.
  concurrentBrowsers: 1,
  browsers: selectedBrowsers(),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's development build says so once per page; every test file would repeat it.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // TypeScript only: the built bundle under test/smoke must reach the browser exactly as built.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fromRoot('tsconfig.json') }),
    // The framework host apps of test/frameworks, each bundled with its framework on request.
    frameworkHostsPlugin({ rootDir, tsconfig: fromRoot('tsconfig.json') }),
    emulateMediaFeaturesPlugin(),
  ],
  middleware: [feedEndpointMiddleware()],
  reporters: [defaultReporter(), totalsReporter()],
};
