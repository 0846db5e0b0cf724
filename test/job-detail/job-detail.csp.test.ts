import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feedUrl, uniqueKey } from '../data/helpers.js';

interface Host extends Window {
  violations: string[];
  errors: string[];
  warnings: string[];
}

/** Loads a fixture page with a strict CSP in an iframe and waits for the vacancy's title. */
async function hostPage(page: string) {
  const endpoint = feedUrl({ key: uniqueKey('job-detail-csp') });
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title="host"
      src="/test/fixtures/job-detail/${page}?endpoint=${encodeURIComponent(endpoint)}&job=close-protection-officer"
    ></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.querySelector('nato-job-detail'), 'host page did not load', { timeout: 10_000 });
  const host = frame.contentWindow as Host;
  const element = host.document.querySelector('nato-job-detail')!;
  try {
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="heading"]'), 'the vacancy was not shown', { timeout: 10_000 });
  } catch (error) {
    throw new Error(`${(error as Error).message}; violations ${JSON.stringify(host.violations)}; errors ${JSON.stringify(host.errors)}`);
  }
  return { host, element };
}

describe('<nato-job-detail> under a strict CSP with Trusted Types', function () {
  this.timeout(25_000);

  it('shows the vacancy when only the lit-html policy is allowed, and breaks nothing', async () => {
    const { host, element } = await hostPage('csp-strict.html');
    expect(element.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Close Protection Officer');
    expect(element.shadowRoot!.querySelector('[part~="apply"]')).to.exist;
    expect(host.errors, 'page errors').to.deep.equal([]);
    const scripts = host.document.head.querySelectorAll('script[type="application/ld+json"]');
    if ('trustedTypes' in host) {
      // The page refuses the nato-careers policy: the structured data is skipped with one
      // warning saying what to allow; the only report is the refused policy itself.
      expect(scripts).to.have.length(0);
      expect(host.warnings.filter((message) => message.includes('JSON-LD'))).to.have.length(1);
      expect(host.violations.every((violation) => violation.startsWith('trusted-types'))).to.be.true;
      expect(host.violations.length).to.be.at.most(1);
    } else {
      expect(scripts).to.have.length(1);
      expect(host.violations).to.deep.equal([]);
    }
    if ('trustedTypes' in host) {
      // Trusted Types are enforced on this page: a raw HTML string is refused.
      expect(() => (host.document.createElement('div').innerHTML = '<b>raw</b>')).to.throw();
    }
    console.log(
      `[job-detail csp] Trusted Types ${'trustedTypes' in host ? 'enforced' : 'not supported'}; JSON-LD ${scripts.length ? 'written' : 'skipped'}; violations: ${JSON.stringify(host.violations)}`,
    );
  });

  it('writes the structured data when the page allows the nato-careers policy', async () => {
    const { host } = await hostPage('csp-policy.html');
    const scripts = host.document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!)).to.include({ '@type': 'JobPosting', title: 'Close Protection Officer' });
    expect(host.errors, 'page errors').to.deep.equal([]);
    // Written through the allowed policy: not one violation report.
    expect(host.violations, 'CSP violations').to.deep.equal([]);
  });
});
