import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { observeLang, resolveLang } from '../../src/internal/lang.js';

/** A host element whose shadow root holds `<span id="inner">`, optionally with a lang on the host. */
class LangTestHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><span id="inner"></span></div>';
  }
  get inner(): HTMLElement {
    return this.shadowRoot!.getElementById('inner')!;
  }
}
customElements.define('nato-lang-test-host', LangTestHost);

describe('resolveLang', () => {
  let documentLang: string | null;
  beforeEach(() => (documentLang = document.documentElement.getAttribute('lang')));
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it("uses the element's own lang first", async () => {
    const element = await fixture(html`<div lang="fr"><span lang="en-GB"></span></div>`);
    expect(resolveLang(element.querySelector('span')!)).to.equal('en-GB');
  });

  it("follows the nearest ancestor's lang", async () => {
    const element = await fixture(html`<div lang="fr-CA"><section lang=""><p><span></span></p></section></div>`);
    expect(resolveLang(element.querySelector('span')!)).to.equal('fr-CA');
  });

  it('crosses shadow roots to the host and its ancestors', async () => {
    const element = await fixture(html`<div lang="fr"><nato-lang-test-host></nato-lang-test-host></div>`);
    const host = element.querySelector('nato-lang-test-host') as LangTestHost;
    expect(resolveLang(host.inner)).to.equal('fr');
    host.setAttribute('lang', 'en');
    expect(resolveLang(host.inner)).to.equal('en');
  });

  it("falls back to the document's lang, then English", async () => {
    const element = await fixture(html`<div><span></span></div>`);
    const span = element.querySelector('span')!;
    document.documentElement.setAttribute('lang', 'fr');
    expect(resolveLang(span)).to.equal('fr');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(span)).to.equal('en');
    expect(resolveLang(document.createElement('span'))).to.equal('en');
  });
});

describe('observeLang', () => {
  it('calls back when any lang attribute changes, until unsubscribed', async () => {
    const element = await fixture(html`<div lang="en"><p></p></div>`);
    let calls = 0;
    const stop = observeLang(() => calls++);
    element.setAttribute('lang', 'fr');
    await aTimeout(0);
    expect(calls).to.equal(1);
    element.querySelector('p')!.setAttribute('lang', 'en');
    await aTimeout(0);
    expect(calls).to.equal(2);
    element.setAttribute('title', 'not a lang change');
    await aTimeout(0);
    expect(calls).to.equal(2);
    stop();
    element.setAttribute('lang', 'en');
    await aTimeout(0);
    expect(calls).to.equal(2);
  });

  it('serves several listeners with one observer', async () => {
    const element = await fixture(html`<div lang="en"></div>`);
    const seen: string[] = [];
    const stopA = observeLang(() => seen.push('a'));
    const stopB = observeLang(() => seen.push('b'));
    element.setAttribute('lang', 'fr');
    await aTimeout(0);
    expect(seen).to.deep.equal(['a', 'b']);
    stopA();
    element.setAttribute('lang', 'en');
    await aTimeout(0);
    expect(seen).to.deep.equal(['a', 'b', 'b']);
    stopB();
  });
});
