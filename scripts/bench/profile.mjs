/**
 * `npm run bench -- --profile`: where the time goes, in Chromium. Loads the bench's element
 * pages (one job list, and the two-list page) with a performance trace running (the
 * timeline with JavaScript samples every 0.1 ms), and prints for each:
 *
 *   - the timeline from navigation to content (HTML, bundle, element defined, first render,
 *     fetch called and resolved, data parsed, rows in the DOM, content painted), median of runs;
 *   - the phases between those steps, each with its main-thread work and heaviest functions;
 *   - the top functions by self time from navigation to content, named through a source map;
 *   - the long tasks, each with its heaviest functions.
 *
 * Names come from a source map, so the bundle profiled is built in memory here with one,
 * with the project's Vite config (the same code as `npm run build` makes); when dist/ differs
 * from it (sources changed since the last build), the fresh build is the one profiled and the
 * output says so. Everything is written to scripts/bench/profile.json as well.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './browsers.mjs';
import { summarize } from './measure.mjs';
import { BUNDLE, elementPage } from './pages.mjs';
import { CONTENT_PAGES, TEN_THOUSAND, TWO_LISTS } from './scenarios.mjs';
import { startServer } from './server.mjs';
import { createLookup } from './sourcemap.mjs';
import { stats } from './stats.mjs';
import { TRACE_CATEGORIES, readTrace, renderingTime, scriptTimeByUrl, selfTimes } from './trace.mjs';

const log = (message) => process.stderr.write(`${message}\n`);
const stripMapComment = (code) => code.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '');

/** The bundle built in memory with a source map; undefined when the build fails. */
async function buildWithSourceMap(root) {
  try {
    const { build } = await import('vite');
    const output = await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      mode: 'production',
      build: { write: false, sourcemap: true },
    });
    const files = (Array.isArray(output) ? output[0] : output).output;
    const chunk = files.find((file) => file.fileName === 'nato-careers.bundle.js');
    return chunk?.map ? { code: stripMapComment(chunk.code), map: chunk.map } : undefined;
  } catch (error) {
    log(`profile: building the bundle with a source map failed (${error.message}); names stay minified`);
    return undefined;
  }
}

/** Loads `url` once with tracing on; returns the probe's summary and the trace's reading. */
async function tracedLoad(browser, url, endpoint) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // One wait inside the page, rather than polling it (polling would show in the profile).
    await page.evaluate(
      (timeout) =>
        new Promise((resolve, reject) => {
          const started = performance.now();
          const check = () => {
            if (window.__bench.shown !== null) resolve();
            else if (performance.now() - started > timeout) reject(new Error(`no content within ${timeout / 1000} s`));
            else requestAnimationFrame(check);
          };
          check();
        }),
      90_000,
    );
    const report = await page.evaluate(() => window.__bench.report());
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return { summary: summarize(report, endpoint), trace: readTrace(trace, url) };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The steps from navigation to content, from the probe and the trace (ms since navigation start). */
function steps({ summary, trace }) {
  const first = (values) => (values.length ? Math.min(...values) : null);
  const preload = summary.feed.find((entry) => entry.initiator === 'link');
  const fetch = summary.fetches[0];
  return [
    ['HTML received', summary.navigation?.responseEnd],
    ['bundle received', summary.bundle?.responseEnd],
    ['feed received (preload)', preload?.responseEnd],
    ['bundle compiled', trace.bundle.compiled],
    ['bundle evaluation starts', trace.bundle.evaluateStart],
    ['bundle evaluated', trace.bundle.evaluated],
    ['element defined', first(Object.values(summary.defined))],
    ['first render (loading state)', summary.firstRender],
    ['fetch() called', fetch?.start],
    ['fetch() resolved', fetch?.headers],
    ['response.json() resolved', fetch?.json],
    ['nato-load', first(Object.values(summary.loaded).flat())],
    ['rows in the shadow DOM', summary.inDom],
    ['content painted (frame)', summary.shown],
  ].map(([label, ms]) => ({ label, ms: typeof ms === 'number' ? ms : null }));
}

/** A function as a reader knows it: its original name and place, through the source map. */
function describe(frame, lookup, bundleCode) {
  if (frame.functionName.startsWith('(')) return { name: frame.functionName, where: '' };
  if (frame.url.endsWith(BUNDLE)) {
    const original = lookup?.(frame.line, frame.column);
    if (original) {
      const name = original.name && original.name !== frame.functionName ? `${original.name} (${frame.functionName})` : frame.functionName;
      return { name, where: `${original.source}:${original.line}`, text: original.text.slice(0, 90) };
    }
    const line = bundleCode.split('\n')[frame.line] ?? '';
    return { name: frame.functionName, where: `bundle:${frame.line + 1}:${frame.column + 1}`, text: line.slice(frame.column, frame.column + 90) };
  }
  const url = frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : '(native)';
  return { name: frame.functionName, where: url };
}

/** Sums self time per function over runs and divides by the number of runs. */
function averageSelf(lists, runs) {
  const total = new Map();
  for (const list of lists) {
    for (const entry of list) {
      const key = `${entry.functionName}|${entry.url}|${entry.line}|${entry.column}`;
      const sum = total.get(key) ?? { ...entry, ms: 0 };
      sum.ms += entry.ms;
      total.set(key, sum);
    }
  }
  return [...total.values()].map((entry) => ({ ...entry, ms: entry.ms / runs })).sort((a, b) => b.ms - a.ms);
}

const fmt = (ms) => (ms === null || ms === undefined ? '   –' : `${Math.round(ms)}`.padStart(4));

export async function profile({ root, latencyMs, runs }) {
  const distCode = readFileSync(join(root, 'dist/nato-careers.bundle.js'), 'utf8');
  log('profile: building the bundle in memory with a source map');
  const built = await buildWithSourceMap(root);
  const fresh = built !== undefined && built.code !== stripMapComment(distCode);
  const bundleCode = fresh ? built.code : distCode;
  const lookup = built ? createLookup(built.map) : undefined;

  const server = await startServer({ root, latencyMs });
  server.override(BUNDLE, bundleCode); // served from memory: a rebuild meanwhile changes nothing
  const browser = await launch('chromium');
  const version = await browser.version();
  const output = { date: new Date().toISOString(), browser: version, latencyMs, runs, bundle: fresh ? 'fresh in-memory build of the sources (dist/ is older)' : 'dist/nato-careers.bundle.js', pages: [] };
  try {
    const pages = [
      { ...CONTENT_PAGES[0], label: 'one job list (the time-to-content page)', runs },
      { ...TWO_LISTS, label: 'two job lists (the main-thread page)', runs },
      { ...TEN_THOUSAND, label: '10,000 jobs', runs: 1 },
    ];
    for (const scenario of pages) {
      const url = await server.setPage(`profile-${scenario.id}`, elementPage(scenario));
      const loads = [];
      for (let run = 1; run <= scenario.runs; run++) {
        log(`profile: ${scenario.label}, run ${run}/${scenario.runs}`);
        loads.push(await tracedLoad(browser, url, scenario.endpoint));
      }
      output.pages.push(analyse(scenario, loads, lookup, bundleCode));
    }
    // The static copy, for contrast: what the browser alone spends on the same content.
    const staticPath = join(root, 'scripts/bench/pages/job-list.static.chromium.html');
    try {
      const staticUrl = await server.setPage('profile-static', readFileSync(staticPath, 'utf8'));
      const loads = [];
      for (let run = 1; run <= runs; run++) {
        log(`profile: static copy, run ${run}/${runs}`);
        loads.push(await tracedLoad(browser, staticUrl));
      }
      output.static = {
        shownMs: stats(loads.map((load) => load.summary.shown)),
        rendering: averageRendering(loads.map((load) => renderingTime(load.trace, 0, load.summary.shown))),
      };
    } catch {
      log('profile: no static copy of the job list page yet (run `npm run bench -- --browser chromium` once); skipped');
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  writeFileSync(join(root, 'scripts/bench/profile.json'), `${JSON.stringify(output, null, 2)}\n`);
  print(output);
}

function averageRendering(list) {
  const sum = {};
  for (const entry of list) for (const [group, ms] of Object.entries(entry)) sum[group] = (sum[group] ?? 0) + ms / list.length;
  return sum;
}

/** One page's numbers over its runs. */
function analyse(scenario, loads, lookup, bundleCode) {
  const runs = loads.length;
  const named = (entry) => ({ ms: +entry.ms.toFixed(1), ...describe(entry, lookup, bundleCode) });

  // The timeline: median of each step.
  const timeline = steps(loads[0]).map(({ label }, index) => {
    const values = loads.map((load) => steps(load)[index].ms);
    return { label, ms: values.every((value) => value !== null) ? stats(values).median : null };
  });

  // Phases between consecutive steps (per run, then averaged): main-thread work and heaviest functions.
  const phases = [];
  // Phases follow the steps in the order they happened (median times).
  const known = timeline
    .filter((step) => step.ms !== null)
    .sort((a, b) => a.ms - b.ms)
    .map((step) => step.label);
  for (let i = 0; i < known.length; i++) {
    const label = i === 0 ? `navigation → ${known[0]}` : `${known[i - 1]} → ${known[i]}`;
    const bounds = loads.map((load) => {
      const own = steps(load).filter((step) => step.ms !== null);
      const end = own.find((step) => step.label === known[i])?.ms;
      const start = i === 0 ? 0 : own.find((step) => step.label === known[i - 1])?.ms;
      return { load, start, end };
    });
    const valid = bounds.filter(({ start, end }) => typeof start === 'number' && typeof end === 'number' && end >= start);
    if (valid.length === 0) continue;
    const self = averageSelf(valid.map(({ load, start, end }) => selfTimes(load.trace, start, end)), valid.length);
    const script = self.filter((entry) => !entry.functionName.startsWith('(')).reduce((sum, entry) => sum + entry.ms, 0);
    const program = self.filter((entry) => entry.functionName.startsWith('(')).reduce((sum, entry) => sum + entry.ms, 0);
    phases.push({
      label,
      ms: stats(valid.map(({ start, end }) => end - start)).median,
      scriptMs: +script.toFixed(1),
      otherMs: +program.toFixed(1),
      rendering: averageRendering(valid.map(({ load, start, end }) => renderingTime(load.trace, start, end))),
      top: self.filter((entry) => !entry.functionName.startsWith('(')).slice(0, 4).map(named),
    });
  }

  // Top self time from navigation to content.
  const self = averageSelf(loads.map((load) => selfTimes(load.trace, 0, load.summary.shown)), runs);
  const byUrl = {};
  for (const load of loads) {
    for (const [url, ms] of scriptTimeByUrl(load.trace, 0, load.summary.shown)) {
      // The profiler's own wait (pptr:…) and idle time are not the page's work.
      if (url.startsWith('pptr:') || url === '(idle)') continue;
      const key = url.replace(/^https?:\/\/[^/]+/, '');
      byUrl[key] = (byUrl[key] ?? 0) + ms / runs;
    }
  }

  // Long tasks up to content, each with its heaviest functions.
  const longTasks = loads.map((load) =>
    load.trace.tasks
      .filter((task) => task.ms > 50 && task.start < load.summary.shown + 50)
      .map((task) => ({
        start: +task.start.toFixed(1),
        ms: +task.ms.toFixed(1),
        rendering: renderingTime(load.trace, task.start, task.start + task.ms),
        top: selfTimes(load.trace, task.start, task.start + task.ms)
          .filter((entry) => entry.functionName !== '(program)')
          .slice(0, 5)
          .map(named),
      })),
  );

  return {
    label: scenario.label,
    runs,
    shownMs: stats(loads.map((load) => load.summary.shown)),
    feedRequests: undefined,
    timeline,
    phases,
    timeByScript: Object.fromEntries(Object.entries(byUrl).sort((a, b) => b[1] - a[1]).map(([url, ms]) => [url, +ms.toFixed(1)])),
    rendering: averageRendering(loads.map((load) => renderingTime(load.trace, 0, load.summary.shown))),
    topSelf: self.slice(0, 25).map(named),
    longTasks,
  };
}

function print(output) {
  console.log(`\nProfile: ${output.browser}, +${output.latencyMs} ms per request, ${output.runs} first visits per page; profiled: ${output.bundle}`);
  const renderingLine = (rendering) =>
    Object.entries(rendering)
      .filter(([, ms]) => ms >= 0.5)
      .map(([group, ms]) => `${group} ${Math.round(ms)}`)
      .join(', ') || 'none';
  for (const page of output.pages) {
    console.log(`\n== ${page.label}: content at ${Math.round(page.shownMs.median)} ms (median; fastest ${Math.round(page.shownMs.min)})`);
    console.log('\nTimeline (ms since navigation start, median)');
    for (const step of [...page.timeline].sort((a, b) => (a.ms ?? Infinity) - (b.ms ?? Infinity))) console.log(`  ${fmt(step.ms)}  ${step.label}`);
    console.log('\nPhases: JavaScript / other ((program), GC) / browser work, and the heaviest functions (self ms, mean of runs)');
    for (const phase of page.phases) {
      console.log(`  ${fmt(phase.ms)} ms  ${phase.label}: JS ${Math.round(phase.scriptMs)}, other ${Math.round(phase.otherMs)}; ${renderingLine(phase.rendering)}`);
      for (const entry of phase.top.filter((item) => item.ms >= 1)) console.log(`          ${entry.ms.toFixed(1).padStart(5)}  ${entry.name}  ${entry.where}`);
    }
    console.log('\nTop self time, navigation → content (ms, mean of runs)');
    for (const entry of page.topSelf.slice(0, 15)) {
      console.log(`  ${entry.ms.toFixed(1).padStart(6)}  ${entry.name}  ${entry.where}${entry.text ? `\n          ${entry.text}` : ''}`);
    }
    console.log(`\nJavaScript by script (ms): ${Object.entries(page.timeByScript).map(([url, ms]) => `${url} ${Math.round(ms)}`).join(', ')}`);
    console.log(`Browser work (ms): ${renderingLine(page.rendering)}`);
    console.log('\nLong tasks (> 50 ms) until content, per run');
    page.longTasks.forEach((tasks, run) => {
      if (tasks.length === 0) console.log(`  run ${run + 1}: none`);
      for (const task of tasks) {
        console.log(`  run ${run + 1}: ${Math.round(task.ms)} ms at ${Math.round(task.start)}: ${task.top.filter((item) => item.ms >= 2).map((item) => `${item.name} ${Math.round(item.ms)}`).join(', ')}; ${renderingLine(task.rendering)}`);
      }
    });
  }
  if (output.static) {
    console.log(`\n== static copy of the job list page: content at ${Math.round(output.static.shownMs.median)} ms (median); browser work: ${renderingLine(output.static.rendering)}`);
  }
  console.log(
    '\n"hasContent" and "frame" are the bench probe: it reads layout in the frame that paints the content, so the layout it\n' +
      'seems to force is that frame\'s own. "(program)" is browser work outside JavaScript (parsing, style, layout, compiling).',
  );
  console.log('\nWritten to scripts/bench/profile.json.');
}
