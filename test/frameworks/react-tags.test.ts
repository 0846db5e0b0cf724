import { describeHost } from './host-scenarios.js';

describeHost('React 19 app with the raw tags', 'react-tags-host', 'mount');
