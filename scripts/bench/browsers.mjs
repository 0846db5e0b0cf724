/**
 * The browsers the bench drives, through puppeteer-core (Chromium over CDP, Firefox over
 * WebDriver BiDi). Installed browsers only: nothing is downloaded.
 *
 *   CHROMIUM_PATH, FIREFOX_PATH   other browser binaries (default: Debian's, in /usr/bin)
 */
import puppeteer from 'puppeteer-core';

export const BROWSERS = ['chromium', 'firefox'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** @param {'chromium' | 'firefox'} name */
export async function launch(name) {
  if (name === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      protocolTimeout: 300_000,
      defaultViewport: { width: 1280, height: 900 },
    });
  }
  if (name === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      protocolTimeout: 300_000,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        // No update checks, telemetry or other background traffic while measuring.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
  }
  throw new Error(`unknown browser "${name}": use ${BROWSERS.join(' or ')}`);
}

/**
 * Opens `url` in a new browser context (empty cache, no cookies: a first visit), runs `use`
 * with the page, and closes the context whatever happens.
 * @template T
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {(page: import('puppeteer-core').Page) => Promise<T>} use
 * @param {{ beforeNavigate?: (page: import('puppeteer-core').Page) => Promise<void> }} [options]
 * @returns {Promise<T>}
 */
export async function withFreshPage(browser, url, use, options = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await options.beforeNavigate?.(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await use(page);
  } finally {
    await context.close().catch(() => {});
  }
}

/** The browser's name and version, e.g. "Chromium 156.0.8078.79". */
export async function browserVersion(browser, name) {
  const version = await browser.version();
  // Chromium answers "HeadlessChrome/156.0…", Firefox "firefox/153.7.0esr".
  const number = version.split('/').pop();
  return `${name === 'chromium' ? 'Chromium' : 'Firefox'} ${number}`;
}
