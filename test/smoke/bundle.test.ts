import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feedUrl, uniqueKey } from '../data/helpers.js';

/**
 * The built drop-in file, as a partner page loads it: `dist/nato-careers.bundle.js` (made by
 * `npm run build`, which `npm test` runs first). Only built output shows a broken decorator
 * transform, a development build of Lit, or a CSP violation.
 */
describe('dist/nato-careers.bundle.js', function () {
  this.timeout(20_000);

  it('renders the job list on a page with a strict CSP and Trusted Types', async () => {
    const endpoint = feedUrl({ key: uniqueKey('bundle') });
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="host" src="/test/fixtures/strict-csp.html?endpoint=${encodeURIComponent(endpoint)}"></iframe>`,
    );
    await waitUntil(() => frame.contentDocument?.querySelector('nato-job-list'), 'host page did not load', { timeout: 10_000 });
    const host = frame.contentWindow as Window & { violations: string[] };
    const list = host.document.querySelector('nato-job-list')!;
    try {
      await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="item"]').length, 'the bundle rendered no jobs', {
        timeout: 10_000,
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}; CSP violations: ${JSON.stringify(host.violations)}; endpoint: ${list.getAttribute('endpoint')}; defined: ${!!host.customElements.get("nato-job-list")}; errors: ${JSON.stringify((host as unknown as { errors: string[] }).errors)}`);
    }
    expect(list.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(23);
    expect(list.shadowRoot!.querySelector('[style]'), 'no inline style attributes').to.be.null;
    expect(host.violations, 'CSP violations').to.deep.equal([]);
    // Where the browser has Trusted Types, prove they are enforced on this page: a raw string
    // written as HTML is refused, so the element rendered through Lit's policy alone.
    if ('trustedTypes' in host) {
      expect(() => (host.document.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
      host.violations.length = 0;
    }
    console.log(`[smoke] Trusted Types ${'trustedTypes' in host ? 'enforced' : 'not supported by this browser'}`);
    expect(host.customElements.get('nato-job-list')).to.have.property('version');
  });

  it('is a production build (no Lit dev-mode code)', async () => {
    const source = await (await fetch('/dist/nato-careers.bundle.js')).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(source).not.to.match(/@property\(|\baccessor\s+\w+\s*[;=]/);
  });
});
