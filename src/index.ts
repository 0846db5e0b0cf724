/**
 * nato-careers-elements: the element classes (no side effects: nothing is defined), their
 * events, and the data layer. Import `nato-careers-elements/nato-careers.js` to define every
 * element, or one element's define module such as `nato-careers-elements/elements/job-list.js`.
 */
export { NatoAboutPanel } from './components/about-panel/about-panel.component.js';
export { NatoBenefitsPanel } from './components/benefits-panel/benefits-panel.component.js';
export { NatoCareers } from './components/careers/careers.component.js';
export { NatoCompanyStats } from './components/company-stats/company-stats.component.js';
export { NatoJobDetail } from './components/job-detail/job-detail.component.js';
export { NatoJobList } from './components/job-list/job-list.component.js';
export { NatoSpotlightCard } from './components/spotlight-card/spotlight-card.component.js';
export { NatoSpotlightGallery } from './components/spotlight-gallery/spotlight-gallery.component.js';

export { NatoApplyEvent } from './events/nato-apply.js';
export { NatoErrorEvent } from './events/nato-error.js';
export { NatoJobSelectEvent } from './events/nato-job-select.js';
export { NatoLoadEvent } from './events/nato-load.js';
export { NatoSlideChangeEvent } from './events/nato-slide-change.js';
export { NatoSpotlightSelectEvent } from './events/nato-spotlight-select.js';

export { clearFeedCache, fetchFeed, type FetchFeedOptions } from './data/feed-client.js';
export { FeedError, type FeedErrorKind } from './data/feed-error.js';
export { readOrganization, readSection } from './data/feed-reader.js';
export type * from './data/feed-types.js';
export { resolveText } from './data/localized-text.js';

export { careersContext, type CareersContextValue } from './internal/careers-context.js';
export { registerStrings } from './internal/localize.js';
export { NatoElement } from './internal/nato-element.js';
export { NatoFeedElement, type FeedState } from './internal/nato-feed-element.js';
export { VERSION } from './internal/version.js';
