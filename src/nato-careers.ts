/** Defines every element. This is the entry of the drop-in bundle `nato-careers.bundle.js`. */
export * from './index.js';
// The provider first, so that elements inside it find it when they connect.
import './components/careers/careers.js';
import './components/about-panel/about-panel.js';
import './components/benefits-panel/benefits-panel.js';
import './components/company-stats/company-stats.js';
import './components/job-detail/job-detail.js';
import './components/job-list/job-list.js';
import './components/spotlight-card/spotlight-card.js';
import './components/spotlight-gallery/spotlight-gallery.js';
