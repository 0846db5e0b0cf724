/** Defines every element. This is the entry of the drop-in bundle `nato-careers.bundle.js`. */
export * from './index.js';
import './components/job-list/job-list.js';
