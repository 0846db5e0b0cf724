import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feedUrl, requestCount, uniqueKey } from '../data/helpers.js';

type HostWindow = Window & { violations: string[]; errors: string[]; warnings: string[] };
type FeedElement = HTMLElement & { feedState?: string };

const TAGS = [
  'nato-company-stats',
  'nato-job-list',
  'nato-job-detail',
  'nato-benefits-panel',
  'nato-spotlight-card',
  'nato-spotlight-gallery',
  'nato-about-panel',
];

/** Opens a host page of `test/fixtures/hostile/` in a 320 px frame; resolves when every element has loaded. */
async function hostPage(via: 'bundle' | 'loader' | 'both', key = uniqueKey(`hostile-${via}`)): Promise<HostWindow> {
  // A cacheable answer, as a real endpoint's: through the loader, elements are defined one file at
  // a time, and one defined after the first answer reuses it (a no-store answer is fetched again).
  const endpoint = feedUrl({ key, maxAge: 60 });
  const page = via === 'both' ? 'two-copies.html' : 'all-elements.html';
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="host" width="360" height="800" src="/test/fixtures/hostile/${page}?via=${via}&endpoint=${encodeURIComponent(endpoint)}"></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.querySelector('nato-about-panel'), 'host page did not load', { timeout: 10_000 });
  const host = frame.contentWindow as HostWindow;
  const elements = TAGS.map((tag) => host.document.querySelector<FeedElement>(tag)!);
  try {
    await waitUntil(() => elements.every((element) => element.feedState === 'loaded'), 'not every element loaded', {
      timeout: 15_000,
    });
  } catch (error) {
    const states = elements.map((element) => `${element.localName}: ${element.feedState}`).join(', ');
    throw new Error(`${(error as Error).message} (${states}); errors: ${JSON.stringify(host.errors)}; CSP: ${JSON.stringify(host.violations)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return host;
}

const shadowOf = (host: HostWindow, tag: string) => host.document.querySelector(tag)!.shadowRoot!;

describe('hostile host pages (built files)', function () {
  this.timeout(40_000);

  for (const via of ['bundle', 'loader'] as const) {
    it(`every element renders through the ${via} under a strict CSP with Trusted Types, with no violation`, async () => {
      const key = uniqueKey(`csp-${via}`);
      const host = await hostPage(via, key);
      expect(host.violations, 'CSP violations').to.deep.equal([]);
      expect(host.errors, 'errors').to.deep.equal([]);
      for (const tag of TAGS) expect(shadowOf(host, tag).querySelector('[style]'), `${tag}: no style attribute`).to.be.null;
      // Seven elements and one provider: one request for the page.
      expect(await requestCount(key)).to.equal(1);
      // The job detail put its JobPosting into the head, as data.
      const jsonLd = host.document.head.querySelector('script[type="application/ld+json"]');
      expect(jsonLd, 'JobPosting JSON-LD').to.exist;
      expect(JSON.parse(jsonLd!.textContent!)['@type']).to.equal('JobPosting');
    });
  }

  it('is not restyled by careless page CSS, and reads left to right in a right-to-left page', async () => {
    const host = await hostPage('bundle');
    for (const tag of TAGS) {
      const root = shadowOf(host, tag);
      const base = root.querySelector<HTMLElement>('[part~="base"]')!;
      const style = host.getComputedStyle(base);
      expect(style.direction, `${tag} direction`).to.equal('ltr');
      // The page shrinks its root font (62.5 %) and sets 11 px text: the element keeps the reader's 16 px.
      expect(style.fontSize, `${tag} font size`).to.equal('16px');
      expect(style.fontVariantCaps, `${tag} small caps`).to.equal('normal');
      expect(style.textTransform, `${tag} text-transform`).to.equal('none');
      expect(style.letterSpacing, `${tag} letter-spacing`).to.equal('normal');
      expect(style.fontStyle, `${tag} font-style`).to.equal('normal');
      expect(style.whiteSpace, `${tag} white-space`).to.equal('normal');
      expect(host.getComputedStyle(root.querySelector('[part~="base"] *')!).boxSizing, `${tag} box-sizing`).to.equal('border-box');
      // Nothing sticks out of the 320 px element.
      expect(base.scrollWidth, `${tag} scrolls sideways`).to.be.at.most(base.clientWidth + 1);
    }
  });

  it('survives two copies of the loader and the bundle on one page: no error, at most one warning', async () => {
    const host = await hostPage('both');
    expect(host.errors, 'errors').to.deep.equal([]);
    expect(host.violations, 'CSP violations').to.deep.equal([]);
    expect(host.warnings.filter((warning) => warning.includes('[nato-careers]')).length).to.be.at.most(1);
    for (const tag of TAGS) expect(host.customElements.get(tag), tag).to.exist;
  });
});
