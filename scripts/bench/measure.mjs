/**
 * One measurement per fresh page load. Each function opens its page in a new browser context,
 * waits for the probe (probe.js) to see content, and returns plain numbers (ms since
 * navigation start unless said otherwise).
 */
import { withFreshPage } from './browsers.mjs';
import { serializeWithShadowRoots } from './pages.mjs';

const CONTENT_TIMEOUT_MS = 60_000;
/** How long after content the main thread is still watched for long tasks (idle work included). */
const SETTLE_MS = 1000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the probe saw content in every element, then returns its report. */
async function contentReport(page) {
  await page.waitForFunction(() => window.__bench?.shown !== null, { timeout: CONTENT_TIMEOUT_MS, polling: 50 });
  return page.evaluate(() => window.__bench.report());
}

/** Resolves when the page has had an idle moment (after work queued for idle time). */
const idle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 200),
      ),
  );

/**
 * Loads the element page once and returns it as static HTML: the rendered shadow roots as
 * declarative shadow DOM, scripts and preloads left out.
 */
export async function snapshotStaticPage(browser, url) {
  return withFreshPage(browser, url, async (page) => {
    await contentReport(page);
    await idle(page);
    return page.evaluate(serializeWithShadowRoots);
  });
}

/** Time to content of a page; with the timeline of what led to it. */
export async function measureContent(browser, url, { requests, endpoint } = {}) {
  requests?.clear();
  const report = await withFreshPage(browser, url, async (page) => {
    const first = await contentReport(page);
    // Long tasks that end shortly after content (idle work the elements queued) count too.
    await sleep(SETTLE_MS);
    const later = await page.evaluate(() => window.__bench.report());
    return { ...first, longtasks: later.longtasks };
  });
  return { ...summarize(report, endpoint), feedRequests: endpoint ? (requests?.get(endpoint) ?? 0) : undefined };
}

/** The numbers of one probe report: content, the feed's timeline, long tasks. */
export function summarize(report, endpoint) {
  const hosts = report.targets.flatMap((target) => target.hosts);
  const feedUrl = endpoint && new URL(endpoint, report.resources[0]?.name ?? 'http://localhost/').href;
  const feedEntries = report.resources.filter((entry) => entry.name === feedUrl);
  const bundle = report.resources.find((entry) => entry.name.endsWith('/nato-careers.bundle.js'));
  const fetches = report.fetches.filter((entry) => entry.url === feedUrl);
  const longtasks = report.longtasks;
  return {
    shown: report.shown,
    firstRender: hosts.every((host) => host.firstRender != null) ? Math.min(...hosts.map((host) => host.firstRender)) : null,
    inDom: hosts.every((host) => host.inDom !== null) ? Math.max(...hosts.map((host) => host.inDom)) : null,
    navigation: report.navigation,
    bundle: bundle && { start: bundle.startTime, responseEnd: bundle.responseEnd },
    defined: report.defined,
    loaded: report.loaded,
    feed: feedEntries.map((entry) => ({ initiator: entry.initiatorType, start: entry.startTime, responseStart: entry.responseStart, responseEnd: entry.responseEnd })),
    fetches: fetches.map(({ start, headers, jsonStart, json }) => ({ start, headers, jsonStart, json })),
    longtasks: longtasks && {
      count: longtasks.length,
      longest: longtasks.reduce((max, task) => Math.max(max, task.duration), 0),
      tasks: longtasks,
    },
  };
}

/** Runs in the page: resolves after the next frame has been produced (rAF, then a task). */
function afterNextPaintSource() {
  return `(resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(undefined);
  })`;
}

/**
 * 10,000 jobs: first rows after the feed's response, the DOM size, then (once the page is idle)
 * one keystroke in the search box and one organisation chosen, each until the next paint.
 */
export async function measureLargeList(browser, url, { endpoint, requests }) {
  requests?.clear();
  return withFreshPage(browser, url, async (page) => {
    const report = await contentReport(page);
    const summary = summarize(report, endpoint);
    const response = summary.feed.at(-1);
    const firstRowsMs = summary.inDom !== null && response ? summary.inDom - response.responseEnd : null;
    const domNodes = await page.evaluate(() => document.querySelector('nato-job-list').shadowRoot.querySelectorAll('*').length);

    // The element prepares its search text when idle, as a reader would give it time to.
    await idle(page);
    await sleep(200);

    // One keystroke, typed as a person would: from the keydown to the frame after the list changed.
    await page.evaluate((afterNextPaint) => {
      const paint = new Function(`return ${afterNextPaint}`)();
      const root = document.querySelector('nato-job-list').shadowRoot;
      const input = root.querySelector('#search');
      input.focus();
      window.__keystroke = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the list did not change after a keystroke in the search box')), 20_000);
        input.addEventListener(
          'keydown',
          (event) => {
            const start = event.timeStamp;
            const observer = new MutationObserver(() => {
              observer.disconnect();
              const dom = performance.now();
              new Promise(paint).then((painted) => {
                clearTimeout(timer);
                resolve({ start, dom, painted, rows: root.querySelectorAll('[part~="item"]').length });
              });
            });
            observer.observe(root, { childList: true, subtree: true, characterData: true });
          },
          { once: true },
        );
      });
    }, afterNextPaintSource());
    await page.keyboard.press('p');
    const keystroke = await page.evaluate(() => window.__keystroke);

    // Back to all jobs, then one organisation: from the change to the frame after the list changed.
    await page.evaluate(async () => {
      const host = document.querySelector('nato-job-list');
      const input = host.shadowRoot.querySelector('#search');
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await host.updateComplete;
    });
    await idle(page);
    const filter = await page.evaluate((afterNextPaint) => {
      const paint = new Function(`return ${afterNextPaint}`)();
      const host = document.querySelector('nato-job-list');
      const select = host.shadowRoot.querySelector('#filter-organization');
      const start = performance.now();
      select.value = 'nspa';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return host.updateComplete.then(() => {
        const dom = performance.now();
        return new Promise(paint).then((painted) => ({ start, dom, painted, results: host.shadowRoot.querySelector('[part~="results"]')?.textContent.trim() }));
      });
    }, afterNextPaintSource());

    return {
      firstRowsMs,
      domNodes,
      searchMs: keystroke.painted - keystroke.start,
      searchDomMs: keystroke.dom - keystroke.start,
      searchRows: keystroke.rows,
      filterMs: filter.painted - filter.start,
      filterDomMs: filter.dom - filter.start,
      filterResults: filter.results,
      feedRequests: requests?.get(endpoint) ?? 0,
      timeline: summary,
    };
  });
}
