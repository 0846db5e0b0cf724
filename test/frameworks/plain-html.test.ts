import { describeHost } from './host-scenarios.js';

describeHost('plain HTML and the DOM API', 'plain-host');
