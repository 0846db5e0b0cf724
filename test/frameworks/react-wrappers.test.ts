import { describeHost } from './host-scenarios.js';

describeHost('React 19 app with the wrappers (nato-careers-elements/react)', 'react-wrappers-host', 'mount');
