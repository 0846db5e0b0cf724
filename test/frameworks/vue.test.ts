import { describeHost } from './host-scenarios.js';

describeHost('Vue 3 app with render functions', 'vue-host', 'mount');
describeHost('Vue 3 app with a template compiled at run time', 'vue-host', 'mountTemplate');
