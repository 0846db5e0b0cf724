import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/job-list.js';
import type { NatoJobList } from '../../src/components/job-list/job-list.component.js';
import { clearFeedCache } from '../../src/data/feed-client.js';
import { feedUrl, uniqueKey } from '../data/helpers.js';
import { choose, items, root, search, settled, titles } from './job-list-helpers.js';

/**
 * 10,000 jobs from the test server: what must hold however busy the machine is. The list
 * renders one page of rows, search and filters work over all of the jobs, and the element's
 * DOM stays small. How long any of it takes is measured by `npm run bench`, not asserted here:
 * wall-clock budgets fail on a shared machine for reasons that have nothing to do with the code.
 */
describe('<nato-job-list> with 10,000 jobs', function () {
  // Generating, sending and parsing 15 MB of jobs can take tens of seconds on a busy machine;
  // slow is not a failure here (the element's own request timeout is raised for the same reason).
  this.timeout(150_000);

  let list: NatoJobList;

  const meta = (item: HTMLLIElement) => item.querySelector('[part~="meta"]')!.textContent!.replace(/\s+/g, ' ');
  /** The numbers in the results line ("2,610 jobs match", "2,610 jobs of 10,000"). */
  const resultNumbers = () =>
    root(list)
      .querySelector('[part~="results"]')!
      .textContent!.match(/\d[\d,]*/g)!
      .map((number) => Number(number.replace(/,/g, '')));

  before(async () => {
    clearFeedCache();
    const url = feedUrl({ key: uniqueKey('large'), jobs: 10_000 });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(container, 'nato-load');
    container.innerHTML = `<nato-job-list endpoint="${url}" timeout="120000"></nato-job-list>`;
    list = container.firstElementChild as NatoJobList;
    await loaded;
    await settled(list);
  });

  afterEach(async () => {
    await search(list, '');
    await choose(list, 'organization', '');
  });

  it('renders the first 25 of 10,000 jobs', () => {
    expect(items(list)).to.have.length(25);
    expect(root(list).querySelector('[part~="count"]')!.textContent).to.contain('10,000 job openings');
    expect(root(list).querySelector('[part~="more"]'), 'a "Show more" button').to.exist;
  });

  it('keeps the DOM in its shadow root under 1,500 nodes', () => {
    const nodes = root(list).querySelectorAll('*').length;
    expect(nodes).to.be.above(25).and.below(1500);
  });

  it('finds the one job with a given reference', async () => {
    // The feed endpoint gives generated job i the id <base id>-i, the reference GEN-<i, five
    // digits> and a title ending in i + 1 (demo/server/feed-endpoint.js): unique among 10,000.
    await search(list, 'GEN-04321');
    expect(items(list)).to.have.length(1);
    expect(items(list)[0].dataset.job).to.match(/-4321$/);
    expect(titles(list)[0]).to.match(/ 4322$/);
    expect(resultNumbers()[0]).to.equal(1);
  });

  it('searches by a word of the title across all 10,000 jobs', async () => {
    await search(list, 'no such job anywhere');
    expect(items(list)).to.have.length(0);
    expect(root(list).querySelector('[part~="empty"]')).to.exist;
    await search(list, 'procurement');
    const found = items(list);
    expect(found.length).to.be.within(1, 25);
    for (const title of titles(list)) expect(title.toLowerCase()).to.contain('procurement');
  });

  it('narrows the list with the organisation filter', async () => {
    await choose(list, 'organization', 'nspa');
    const shown = items(list);
    expect(shown).to.have.length(25);
    for (const item of shown) expect(meta(item)).to.contain('NSPA');
    // About a quarter of the demo feed's open jobs are NSPA's, and so of the 10,000 made from them.
    expect(resultNumbers()[0]).to.be.above(25).and.below(10_000);
  });
});
