#!/usr/bin/env node
/**
 * `npm run bench`: how fast the built elements are, in Chromium and Firefox, over a local
 * server that adds a network round trip to every request.
 *
 *   npm run bench [-- options]
 *     --browser chromium|firefox   one browser (default: both)
 *     --runs N                     fresh page loads per measurement (default 5)
 *     --latency MS                 added round trip per request (default 100)
 *     --no-sizes                   skip the size report (it builds each element in memory)
 *     --note TEXT                  what else the machine was doing, written into results.json
 *     --profile                    instead: a CPU profile and timeline in Chromium (profile.mjs)
 *
 * Measures, per browser, the median and the fastest of the runs:
 *   1. 10,000 jobs: first rows after the feed's response, one search keystroke, one filter
 *      change (each until the next paint), and the DOM nodes in the element.
 *   2. Time to content of each page in scenarios.mjs against a static copy of the same page
 *      (the rendered shadow roots as declarative shadow DOM, no script), and the ratio.
 *   3. The main thread while two lists load: the longest task (Chromium; Firefox has none).
 *   4. Sizes: the bundle and each element alone, gzip level 9.
 *
 * Prints one table and writes the numbers to scripts/bench/results.json. Budgets are shown
 * beside the numbers as targets: missing one does not fail the run. The exit code is 0 unless
 * the bench itself broke. Requires a build (`npm run build`); builds nothing itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BROWSERS, browserVersion, launch, withFreshPage } from './browsers.mjs';
import { measureContent, measureLargeList, snapshotStaticPage } from './measure.mjs';
import { BUNDLE, elementPage } from './pages.mjs';
import { printTable } from './report.mjs';
import { ALL_TAGS, CONTENT_PAGES, TEN_THOUSAND, TWO_LISTS, pagesWithDefinedTags } from './scenarios.mjs';
import { startServer } from './server.mjs';
import { measureSizes } from './sizes.mjs';
import { stats } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

export const BUDGETS = { firstRowsMs: 300, searchMs: 100, ratio: 2.2, longestTaskMs: 50 };

const { values: options } = parseArgs({
  options: {
    browser: { type: 'string' },
    runs: { type: 'string', default: '5' },
    latency: { type: 'string', default: '100' },
    'no-sizes': { type: 'boolean', default: false },
    note: { type: 'string' },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (options.help) {
  console.log('npm run bench -- [--browser chromium|firefox] [--runs N] [--latency MS] [--no-sizes] [--note TEXT] [--profile]');
  process.exit(0);
}

const bundlePath = `${root}dist/nato-careers.bundle.js`;
if (!existsSync(bundlePath)) {
  console.error('dist/nato-careers.bundle.js is missing: run `npm run build` first, then `npm run bench`.');
  process.exit(1);
}

const runs = Number(options.runs);
const latencyMs = Number(options.latency);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${options.runs}: a whole number of at least 1`);
if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error(`--latency ${options.latency}: milliseconds, 0 or more`);
const browsers = options.browser ? [options.browser] : BROWSERS;
for (const name of browsers) if (!BROWSERS.includes(name)) throw new Error(`--browser ${name}: use ${BROWSERS.join(' or ')}`);

if (options.profile) {
  const { profile } = await import('./profile.mjs');
  await profile({ root, latencyMs, runs: Math.min(runs, 3) });
  process.exit(0);
}

const log = (message) => process.stderr.write(`${message}\n`);
const started = Date.now();
const loadBefore = os.loadavg();
// The bundle as it is now, served from memory for the whole run: a rebuild meanwhile (which
// empties dist/ first) changes nothing in the middle of the measurements.
const bundleCode = readFileSync(bundlePath);
const server = await startServer({ root, latencyMs });
server.override(BUNDLE, bundleCode);
const results = {
  date: new Date().toISOString(),
  command: `npm run bench -- --runs ${runs} --latency ${latencyMs}${options.browser ? ` --browser ${options.browser}` : ''}`,
  conditions: {
    latencyMs,
    runs,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageBefore: loadBefore.map((load) => +load.toFixed(2)),
    note: 'Each run is a first visit (a new browser context). Each response is held back by the latency after the server answered.',
    machine: options.note,
  },
  bundle: {
    file: 'dist/nato-careers.bundle.js',
    builtAt: statSync(bundlePath).mtime.toISOString(),
    bytes: bundleCode.length,
    sha256: createHash('sha256').update(bundleCode).digest('hex').slice(0, 16),
  },
  budgets: BUDGETS,
  browsers: {},
  sizes: undefined,
};

try {
  for (const name of browsers) {
    log(`${name}: launching`);
    const browser = await launch(name);
    try {
      results.browsers[name] = await benchBrowser(browser, name);
    } finally {
      await browser.close().catch(() => {});
    }
  }
  if (!options['no-sizes']) {
    log('sizes: bundling each element alone');
    results.sizes = await measureSizes(root, bundleCode);
  }
} finally {
  await server.close();
}

results.conditions.loadAverageAfter = os.loadavg().map((load) => +load.toFixed(2));
results.conditions.durationS = Math.round((Date.now() - started) / 1000);
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
console.log(`\nWritten to scripts/bench/results.json (${results.conditions.durationS} s).`);

/**
 * One measurement; a run that fails (a page that never shows content, a browser that hangs) is
 * logged and recorded, and the other runs still count.
 */
async function attempt(errors, what, measure) {
  try {
    return await measure();
  } catch (error) {
    log(`  failed: ${what}: ${error.message.split('\n')[0]}`);
    errors.push({ what, error: error.message.split('\n')[0] });
    return { error: error.message };
  }
}

/** Every measurement in one browser. */
async function benchBrowser(browser, name) {
  const version = await browserVersion(browser, name);
  log(`${name}: ${version}`);
  const errors = [];

  // Which elements does the bundle define? Pages skip the others until they exist.
  const probeUrl = await server.setPage('defined', `<!doctype html><script type="module" src="${BUNDLE}"></script>`);
  const defined = new Set(
    await withFreshPage(browser, probeUrl, (page) =>
      page.evaluate(async (tags) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return tags.filter((tag) => customElements.get(tag));
      }, ALL_TAGS),
    ),
  );
  const { ready, waiting } = pagesWithDefinedTags(CONTENT_PAGES, defined);
  const result = { version, defined: [...defined], waiting, content: [], mainThread: undefined, tenThousand: undefined, errors };

  // 1. 10,000 jobs.
  if (defined.has('nato-job-list')) {
    const url = await server.setPage('ten-thousand', elementPage(TEN_THOUSAND));
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      log(`${name}: 10,000 jobs, run ${run}/${runs}`);
      samples.push(
        await attempt(errors, `10,000 jobs, run ${run}`, () =>
          measureLargeList(browser, url, { endpoint: TEN_THOUSAND.endpoint, requests: server.requests }),
        ),
      );
    }
    result.tenThousand = {
      firstRowsMs: stats(samples.map((sample) => sample.firstRowsMs)),
      searchMs: stats(samples.map((sample) => sample.searchMs)),
      filterMs: stats(samples.map((sample) => sample.filterMs)),
      domNodes: stats(samples.map((sample) => sample.domNodes)),
      searchDomMs: stats(samples.map((sample) => sample.searchDomMs)),
      filterDomMs: stats(samples.map((sample) => sample.filterDomMs)),
      samples: samples.map(({ timeline, ...sample }) => ({ ...sample, feed: timeline?.feed, fetches: timeline?.fetches })),
    };
  }

  // 2. Time to content, each page against its static copy.
  for (const scenario of ready) {
    const elementUrl = await server.setPage(`${scenario.id}`, elementPage(scenario));
    log(`${name}: ${scenario.label}: writing the static copy`);
    const staticHtml = await attempt(errors, `${scenario.label}: static copy`, () => snapshotStaticPage(browser, elementUrl));
    if (typeof staticHtml !== 'string') continue;
    const staticUrl = await server.setPage(`${scenario.id}.static.${name}`, staticHtml);
    const element = [];
    const plain = [];
    for (let run = 1; run <= runs; run++) {
      log(`${name}: ${scenario.label}, run ${run}/${runs}`);
      // Alternated, so that a busy moment on the machine touches both pages alike.
      element.push(
        await attempt(errors, `${scenario.label}, element page, run ${run}`, () =>
          measureContent(browser, elementUrl, { requests: server.requests, endpoint: scenario.endpoint }),
        ),
      );
      plain.push(await attempt(errors, `${scenario.label}, static page, run ${run}`, () => measureContent(browser, staticUrl)));
    }
    const elementMs = stats(element.map((sample) => sample.shown));
    const staticMs = stats(plain.map((sample) => sample.shown));
    result.content.push({
      id: scenario.id,
      label: scenario.label,
      tags: scenario.elements.map((element) => element.tag),
      missing: scenario.missing,
      staticBytes: Buffer.byteLength(staticHtml),
      elementMs,
      staticMs,
      ratio: elementMs.median && staticMs.median ? { median: elementMs.median / staticMs.median, min: elementMs.min / staticMs.min } : null,
      feedRequests: stats(element.map((sample) => sample.feedRequests)),
      timeline: timelineStats(element.filter((sample) => !sample.error)),
    });
  }

  // 3. The main thread while two lists load and render.
  if (defined.has('nato-job-list')) {
    const url = await server.setPage('two-lists', elementPage(TWO_LISTS));
    // The same page as static HTML: its parsing, style and layout are the floor that no
    // script can go under (the browser lays out the same content in one task either way).
    const staticHtml = await attempt(errors, 'two lists: static copy', () => snapshotStaticPage(browser, url));
    const staticUrl = typeof staticHtml === 'string' ? await server.setPage(`two-lists.static.${name}`, staticHtml) : undefined;
    const samples = [];
    const plain = [];
    for (let run = 1; run <= runs; run++) {
      log(`${name}: two lists, run ${run}/${runs}`);
      samples.push(
        await attempt(errors, `two lists, run ${run}`, () =>
          measureContent(browser, url, { requests: server.requests, endpoint: TWO_LISTS.endpoint }),
        ),
      );
      if (staticUrl) plain.push(await attempt(errors, `two lists, static page, run ${run}`, () => measureContent(browser, staticUrl)));
    }
    const measured = samples.filter((sample) => !sample.error);
    const measuredStatic = plain.filter((sample) => !sample.error);
    const supported = measured.length > 0 && measured.every((sample) => sample.longtasks !== null);
    result.mainThread = {
      label: TWO_LISTS.label,
      longtaskSupported: supported,
      longestTaskMs: supported ? stats(measured.map((sample) => sample.longtasks.longest)) : null,
      staticLongestTaskMs: supported && measuredStatic.length > 0 ? stats(measuredStatic.map((sample) => sample.longtasks?.longest ?? 0)) : null,
      longTasks: supported ? stats(measured.map((sample) => sample.longtasks.count)) : null,
      tasks: supported ? measured.map((sample) => sample.longtasks.tasks.map((task) => ({ start: round(task.start), duration: round(task.duration) }))) : null,
      contentMs: stats(samples.map((sample) => sample.shown)),
      feedRequests: stats(samples.map((sample) => sample.feedRequests)),
      timeline: timelineStats(measured),
    };
  }
  return result;
}

/** Medians of the steps from navigation to content, over the runs of one page. */
function timelineStats(samples) {
  const pick = (read) => {
    const values = samples.map((sample) => {
      try {
        return read(sample);
      } catch {
        return undefined;
      }
    });
    return values.every((value) => typeof value === 'number' && Number.isFinite(value)) ? stats(values).median : null;
  };
  const firstTag = (sample) => Object.keys(sample.defined)[0];
  return {
    htmlResponseEnd: pick((sample) => sample.navigation.responseEnd),
    bundleStart: pick((sample) => sample.bundle.start),
    bundleResponseEnd: pick((sample) => sample.bundle.responseEnd),
    preloadResponseEnd: pick((sample) => sample.feed.find((entry) => entry.initiator === 'link').responseEnd),
    elementDefined: pick((sample) => sample.defined[firstTag(sample)]),
    firstRender: pick((sample) => sample.firstRender),
    fetchCalled: pick((sample) => sample.fetches[0].start),
    fetchResolved: pick((sample) => sample.fetches[0].headers),
    jsonParsed: pick((sample) => sample.fetches[0].json),
    natoLoad: pick((sample) => Math.max(...Object.values(sample.loaded).flat())),
    inDom: pick((sample) => sample.inDom),
    shown: pick((sample) => sample.shown),
  };
}

function round(value) {
  return Math.round(value * 10) / 10;
}
