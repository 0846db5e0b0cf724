import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/job-list/job-list.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import { items, makeJob, root, settled, toggleOf } from './job-list-helpers.js';

describe('<nato-job-list> on a real page', () => {
  it('is not restyled by hostile page CSS', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        * { color: rgb(255, 0, 0) !important; text-transform: uppercase !important; letter-spacing: 9px !important; }
        button, h3, li, ul, p { display: inline !important; color: rgb(0, 255, 0) !important; }
        .toggle, .item, [part] { display: none !important; }
        nato-job-list { line-height: 0.2 !important; white-space: nowrap !important; text-align: right !important; }
      </style>
      <nato-job-list .data=${[makeJob({ title: 'Analyst' })]}></nato-job-list>
    </div>`);
    const list = wrapper.querySelector('nato-job-list') as NatoJobList;
    await settled(list);
    const toggle = toggleOf(list, 'Analyst')!;
    const style = getComputedStyle(toggle);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.display, 'the title button lays out its chevron and text on the row’s grid').to.equal('grid');
    expect(style.color).to.equal('rgb(0, 73, 144)');
    const meta = getComputedStyle(items(list)[0].querySelector('[part="meta"]')!);
    expect(meta.whiteSpace).to.equal('normal');
    expect(meta.textAlign).to.be.oneOf(['start', 'left']);
    expect(parseFloat(meta.lineHeight)).to.be.above(15);
  });

  it('keeps long, unbroken text inside a 280 px container', async () => {
    const long = 'Supercalifragilistic'.repeat(15);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <nato-job-list
        .data=${[makeJob({ title: long, organization: long, reference: long, description: [long], requirements: [long] })]}
      ></nato-job-list>
    </div>`);
    wrapper.style.width = '280px';
    const list = wrapper.querySelector('nato-job-list') as NatoJobList;
    await settled(list);
    items(list)[0].querySelector<HTMLButtonElement>('.toggle')!.click();
    await list.updateComplete;
    const base = root(list).querySelector<HTMLElement>('[part="base"]')!;
    expect(list.getBoundingClientRect().width).to.equal(280);
    expect(base.scrollWidth, 'no horizontal scrolling').to.be.at.most(base.clientWidth);
    for (const element of root(list).querySelectorAll<HTMLElement>('[part~="item"] *')) {
      expect(element.getBoundingClientRect().right, element.className || element.tagName).to.be.at.most(
        list.getBoundingClientRect().right + 0.5,
      );
    }
  });

  it('is usable with the keyboard alone', async () => {
    const list = await fixture<NatoJobList>(html`<nato-job-list .data=${[makeJob({ title: 'Alpha' }), makeJob({ title: 'Beta' })]}></nato-job-list>`);
    await settled(list);
    root(list).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'bet' });
    await list.updateComplete;
    expect(items(list)).to.have.length(1);
    // Search box → (no filters: one choice each) → Clear filters → sort → the job.
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement!.getAttribute('part')).to.equal('clear');
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement!.id).to.equal('sort');
    await sendKeys({ press: 'Tab' });
    const toggle = toggleOf(list, 'Beta')!;
    expect(list.shadowRoot!.activeElement).to.equal(toggle);
    // Firefox may deliver the activation after the key action returns: wait for the state.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Enter did not open the job', { timeout: 5000 });
    await sendKeys({ press: ' ' });
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'false', 'Space did not close the job', { timeout: 5000 });
  });
});
