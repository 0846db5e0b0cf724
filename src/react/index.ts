/**
 * React wrappers (`nato-careers-elements/react`), made with @lit/react: one component per element,
 * whose props set the element's properties (`data`, `endpoint`, `pageSize` …) and whose `onNato…`
 * props listen to its events. Each wrapper defines its element when imported; a bundler keeps only
 * the wrappers (and elements) an app uses.
 */
export { NatoCareers } from './careers.js';
export { NatoJobList } from './job-list.js';
export { NatoJobDetail } from './job-detail.js';
export { NatoAboutPanel } from './about-panel.js';
export { NatoBenefitsPanel } from './benefits-panel.js';
export { NatoCompanyStats } from './company-stats.js';
export { NatoSpotlightCard } from './spotlight-card.js';
export { NatoSpotlightGallery } from './spotlight-gallery.js';
