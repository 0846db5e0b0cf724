/** Defines every element. This is the entry of the drop-in bundle `nato-careers.bundle.js`. */
export * from './index.js';
// The provider first, so that elements inside it find it when they connect.
import './components/careers/careers.js';
import './components/job-list/job-list.js';
