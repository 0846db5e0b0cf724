import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/job-list/job-list.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import '../../src/components/spotlight-gallery/spotlight-gallery.js';
import type { NatoSpotlightGallery } from '../../src/components/spotlight-gallery/spotlight-gallery.js';
import { feedUrl } from '../data/helpers.js';
import { daysFromNow, makeJob, root, settled } from '../job-list/job-list-helpers.js';
import { part, settled as settledState } from '../spotlight-card/spotlight-helpers.js';

type MediaFeature = { name: 'forced-colors' | 'prefers-reduced-motion'; value: string };

/** Emulates media features in this page; false where the browser cannot (Firefox over BiDi). */
async function emulate(features: MediaFeature[]): Promise<boolean> {
  return (await executeServerCommand<boolean, { features: MediaFeature[] }>('emulate-media-features', { features })) === true;
}

const style = (root: ShadowRoot, selector: string) => getComputedStyle(root.querySelector(selector)!);

describe("forced colours and reduced motion, as the reader's system asks", function () {
  before(async function () {
    if (!(await emulate([]))) this.skip();
  });

  afterEach(async () => {
    await emulate([]);
  });

  it('in forced colours, marks and the open job keep visible edges and Apply stays a readable button', async () => {
    const list = await fixture<NatoJobList>(
      html`<nato-job-list .data=${[makeJob({ title: 'Closing today', closingAt: daysFromNow(0) }), makeJob()]}></nato-job-list>`,
    );
    await settled(list);
    root(list).querySelector<HTMLButtonElement>('.toggle')!.click();
    await list.updateComplete;
    const shadow = root(list);
    // Without forced colours: the badge is drawn by its background, the button by its fill.
    expect(style(shadow, '.badge').borderTopStyle).to.equal('none');
    expect(style(shadow, '.item--open').outlineStyle).to.equal('none');
    expect(style(shadow, '.apply').forcedColorAdjust).to.equal('auto');

    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
    // Backgrounds are dropped in forced colours: edges carry the meaning instead.
    expect(style(shadow, '.badge').borderTopStyle).to.equal('solid');
    expect(style(shadow, '.item--open').outlineStyle).to.equal('solid');
    // The primary button keeps its own system colours, so its label stays on a contrasting fill.
    expect(style(shadow, '.apply').forcedColorAdjust).to.equal('none');
  });

  it('with reduced motion, nothing animates and a carousel asked to rotate does not', async () => {
    const list = await fixture<NatoJobList>(html`<nato-job-list .data=${[makeJob()]}></nato-job-list>`);
    await settled(list);
    expect(style(root(list), '.chevron').transitionDuration).not.to.equal('0s');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(style(root(list), '.chevron').transitionDuration).to.equal('0s');

    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    wrapper.innerHTML = `<nato-spotlight-gallery layout="carousel" autoplay endpoint="${feedUrl()}"></nato-spotlight-gallery>`;
    const gallery = wrapper.firstElementChild as NatoSpotlightGallery;
    expect(await settledState(gallery)).to.equal('loaded');
    expect(part(gallery, 'pause'), 'no rotation, so no pause control').to.equal(null);

    // The reader's setting changes while the page is open: the carousel follows it.
    await emulate([]);
    await waitUntil(() => part(gallery, 'pause') !== null, 'rotation resumed when motion is allowed again');
  });
});
