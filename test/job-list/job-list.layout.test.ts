import { expect, fixture, html, waitUntil } from '@open-wc/testing';

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
