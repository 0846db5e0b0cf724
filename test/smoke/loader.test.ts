import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feedUrl, uniqueKey } from '../data/helpers.js';

type HostWindow = Window & { violations: string[]; errors: string[] };

/** Loads a host page in a frame and waits until its `nato-job-list` shows jobs. */
async function hostPage(src: string): Promise<HostWindow> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="host" src=${src}></iframe>`);
  await waitUntil(() => frame.contentDocument?.querySelector('nato-job-list'), 'host page did not load', { timeout: 10_000 });
  return frame.contentWindow as HostWindow;
}

const elementFiles = (host: Window) =>
  host.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/elements/'));

/**
 * The built drop-in loader, `dist/nato-careers.loader.js` (made by `npm run build`): it imports
 * only the element modules a page uses, from its own URL, under a strict CSP.
 */
describe('dist/nato-careers.loader.js', function () {
  this.timeout(20_000);

  it('loads only the elements the page uses, under a strict CSP with Trusted Types', async () => {
    const endpoint = feedUrl({ key: uniqueKey('loader') });
    const host = await hostPage(`/test/fixtures/loader/strict-loader.html?endpoint=${encodeURIComponent(endpoint)}`);
    const list = host.document.querySelector('nato-job-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="item"]').length, 'the loader rendered no jobs', {
      timeout: 10_000,
    });
    expect(elementFiles(host)).to.deep.equal(['/dist/elements/nato-job-list.js']);
    expect(host.customElements.get('nato-careers'), 'an element the page does not use').to.be.undefined;
    expect(host.violations, 'CSP violations').to.deep.equal([]);
    expect(host.errors).to.deep.equal([]);
  });

  it('finds elements added later, also inside open shadow roots', async () => {
    const endpoint = feedUrl({ key: uniqueKey('loader-later') });
    const host = await hostPage(`/test/fixtures/loader/strict-loader.html?endpoint=${encodeURIComponent(endpoint)}`);
    const wrapper = host.document.createElement('div');
    const shadow = wrapper.attachShadow({ mode: 'open' });
    host.document.body.append(wrapper);
    await new Promise((resolve) => setTimeout(resolve, 50));
    shadow.append(host.document.createElement('nato-careers'));
    await waitUntil(() => host.customElements.get('nato-careers'), 'nato-careers added inside a shadow root was not loaded', {
      timeout: 10_000,
    });
  });
});
