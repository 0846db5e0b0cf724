/**
 * What the bench loads, as data. A page is a list of elements, each
 *
 *   { tag, attributes, contentSelector, children? }
 *
 * where `contentSelector` is matched in the element's shadow root and says "content shown"
 * (for the job list: a job row). Elements whose tag the bundle does not define are left out of
 * a page, so a scenario that names elements still being built starts measuring them as soon
 * as the bundle defines them. A page left with no element, or with the same elements as a
 * page measured before it, is skipped and reported as waiting.
 */

/** The demo feed: 24 jobs, plus spotlights, benefits and stats. */
export const FEED = '/api/careers.json';

/** The same feed with 10,000 generated jobs (see demo/server/feed-endpoint.js). */
export const LARGE_FEED = '/api/careers.json?jobs=10000';

const jobList = { tag: 'nato-job-list', attributes: { endpoint: FEED, 'heading-level': '2' }, contentSelector: '[part~="item"]' };

/*
 * Elements being built, with content selectors from their documented parts (`@csspart`). A
 * scenario naming them starts measuring once the bundle (src/nato-careers.ts) defines them.
 */
const spotlightCard = { tag: 'nato-spotlight-card', attributes: { endpoint: FEED, 'heading-level': '2' }, contentSelector: '[part~="quote"]' };
const benefitsPanel = { tag: 'nato-benefits-panel', attributes: { endpoint: FEED, 'heading-level': '2' }, contentSelector: '[part~="item"]' };
const companyStats = { tag: 'nato-company-stats', attributes: { endpoint: FEED, 'heading-level': '2' }, contentSelector: '[part~="value"]' };

/**
 * Time to content, each page against a static copy of itself. Bundle and feed are preloaded,
 * as a page that cares about speed would.
 */
export const CONTENT_PAGES = [
  { id: 'job-list', label: 'job list', endpoint: FEED, elements: [jobList] },
  {
    id: 'careers-page',
    label: 'job list + spotlight + benefits + stats',
    endpoint: FEED,
    elements: [jobList, spotlightCard, benefitsPanel, companyStats],
  },
];

/** The main thread while two lists load: the demo page's two embeds. */
export const TWO_LISTS = {
  id: 'two-lists',
  label: 'two job lists',
  endpoint: FEED,
  elements: [
    { ...jobList, attributes: { endpoint: FEED, 'sync-url': '', 'heading-level': '2' } },
    {
      ...jobList,
      attributes: { endpoint: FEED, organization: 'NSPA', limit: '3', 'hide-filters': '', 'heading-level': '2' },
      children: '<h2 slot="heading">NSPA is recruiting</h2>',
    },
  ],
};

/**
 * 10,000 jobs; the feed is not preloaded, so that its Resource Timing entry is the element's own.
 * The 15 MB feed can take longer than the element's default 10 s timeout on a busy machine:
 * the bench measures it rather than fail.
 */
export const TEN_THOUSAND = {
  id: 'ten-thousand',
  label: '10,000 jobs',
  endpoint: LARGE_FEED,
  preloadFeed: false,
  elements: [{ ...jobList, attributes: { endpoint: LARGE_FEED, 'heading-level': '2', timeout: '60000' } }],
};

/** Every tag a scenario names. */
export const ALL_TAGS = [...new Set([...CONTENT_PAGES, TWO_LISTS, TEN_THOUSAND].flatMap((page) => page.elements.map((element) => element.tag)))];

/**
 * The pages to measure with the tags the bundle defines: undefined elements dropped, and pages
 * left empty or identical to an earlier one listed in `waiting` with the tags they wait for.
 * @param {typeof CONTENT_PAGES} pages
 * @param {Set<string>} defined
 */
export function pagesWithDefinedTags(pages, defined) {
  const ready = [];
  const waiting = [];
  const seen = new Set();
  for (const page of pages) {
    const elements = page.elements.filter((element) => defined.has(element.tag));
    const missing = [...new Set(page.elements.filter((element) => !defined.has(element.tag)).map((element) => element.tag))];
    const signature = JSON.stringify(elements);
    if (elements.length === 0 || seen.has(signature)) {
      waiting.push({ id: page.id, label: page.label, missing });
      continue;
    }
    seen.add(signature);
    ready.push({ ...page, elements, missing });
  }
  return { ready, waiting };
}
