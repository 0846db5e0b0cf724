import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/job-list.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import { daysFromNow, items, makeJob, root, settled } from './job-list-helpers.js';

/**
 * The loading skeleton takes the loaded layout's space: content below the widget does not move
 * when the jobs arrive. Measured on a page of its own (test/fixtures/layout-shift.html) in frames
 * of several widths, since the layout follows the widget's width.
 */
describe('<nato-job-list> layout', function () {
  this.timeout(20_000);

  for (const width of [320, 600, 1000]) {
    it(`does not shift the page when jobs replace the skeleton, ${width} px wide`, async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="probe" src="/test/fixtures/layout-shift.html"></iframe>`);
      frame.width = String(width);
      frame.height = '800';
      const probe = () => (frame.contentWindow as (Window & { result?: { shift: number; items: number } }) | null)?.result;
      await waitUntil(() => probe(), 'the probe page did not finish', { timeout: 15_000 });
      console.log(`[layout] ${width} px: content below moved ${probe()!.shift.toFixed(1)} px`);
      expect(probe()!.items).to.equal(5);
      // A placeholder cannot know where real text wraps: allow less than one line (1.5 × 16 px).
      expect(Math.abs(probe()!.shift)).to.be.below(24);
    });
  }
});

/** Geometry of the loaded list in containers of a given width: deterministic, not timed. */
describe('<nato-job-list> geometry', () => {
  async function listIn(width: number, jobs: unknown[]): Promise<NatoJobList> {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="geometry-host">
      <style>
        .geometry-host { font-size: 16px; }
        .geometry-host.w375 { width: 375px; }
        .geometry-host.w800 { width: 800px; }
      </style>
      <nato-job-list></nato-job-list>
    </div>`);
    wrapper.classList.add(`w${width}`);
    const list = wrapper.querySelector('nato-job-list') as NatoJobList;
    list.data = jobs;
    await settled(list);
    return list;
  }

  /** A real vacancy's shape: a two-word-or-so title and the four facts. */
  const typical = () =>
    makeJob({
      title: 'Close Protection Officer',
      organization: 'NATO International Staff',
      locations: [{ city: 'Brussels', country: 'BE' }],
      grade: 'B-3',
      contractType: 'definite-duration',
      closingAt: daysFromNow(3),
    });

  it('starts the first job within 300 px of its top in an 800 px column, filters included', async () => {
    const jobs = [
      typical(),
      makeJob({ organization: 'NSPA', locations: [{ city: 'Capellen', country: 'LU' }], grade: 'A-2', contractType: 'temporary' }),
      makeJob({ organization: 'NCIA', locations: [{ city: 'Mons', country: 'BE' }], grade: 'A-3', contractType: 'internship' }),
    ];
    const list = await listIn(800, jobs);
    expect(root(list).querySelectorAll('[part="filters"] select').length, 'the filters are there').to.equal(4);
    const offset = items(list)[0].querySelector('.toggle')!.getBoundingClientRect().top - list.getBoundingClientRect().top;
    console.log(`[geometry] 800 px: first job title ${offset.toFixed(0)} px from the top`);
    expect(offset).to.be.at.most(300);
  });

  it('keeps a closed job to title, one facts line and the closing date on a 375 px phone (at most 140 px)', async () => {
    const list = await listIn(375, [typical(), typical()]);
    const item = items(list)[0];
    const height = item.getBoundingClientRect().height;
    console.log(`[geometry] 375 px: closed job ${height.toFixed(0)} px`);
    expect(height).to.be.at.most(140);
    // "Closes in 3 days · 28 November 2026" on one line.
    const closing = item.querySelector('[part="closing"]')!;
    expect(closing.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(closing).lineHeight) * 1.5);
    // No line of facts starts with a separator: each dot ends the fact before it, joined to it
    // by a no-break space, and sits left of the next fact's start whenever they share a line.
    for (const separator of item.querySelectorAll('.sep')) {
      expect(separator.textContent!.startsWith('\u00a0'), 'joined to the fact before').to.be.true;
      expect(separator.parentElement!.classList.contains('fact')).to.be.true;
      expect(separator.parentElement!.lastChild, 'at the fact’s end').to.equal(separator);
      const rects = separator.getClientRects();
      const factRects = separator.parentElement!.getClientRects();
      expect(rects[0].top, 'on the fact’s last line').to.be.closeTo(factRects[factRects.length - 1].top, 1);
    }
  });
});
