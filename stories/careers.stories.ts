import '../src/components/about-panel/about-panel.js';
import '../src/components/benefits-panel/benefits-panel.js';
import '../src/components/careers/careers.js';
import '../src/components/company-stats/company-stats.js';
import '../src/components/job-list/job-list.js';
import '../src/components/spotlight-card/spotlight-card.js';
import { html } from 'lit';
import type { Args } from 'storybook/internal/types';
import { MAX_RETRIES } from '../src/data/feed-client.js';
import { demoFeed } from './support/feeds.js';
import { mockEndpoint } from './support/mock-endpoint.js';
import { renderElement } from './support/render.js';
import { playground, type Story } from './support/stories.js';
import type { Meta } from '@storybook/web-components-vite';

/** The elements of a careers page inside the provider; none has a source of its own. */
const children = (each: Args = {}) => [
  renderElement('nato-about-panel', { ...each, sections: 'purpose' }),
  renderElement('nato-company-stats', { ...each, layout: 'inline' }),
  renderElement('nato-job-list', { ...each, 'page-size': 5 }),
  renderElement('nato-spotlight-card', each),
  renderElement('nato-benefits-panel', { ...each, layout: 'grid', limit: 3 }),
];

/** The provider renders nothing itself (`display: contents`): its children stack in the page. */
const stack = (provider: HTMLElement) => html`<div class="sb-stack">${provider}</div>`;

const renderProvider = (args: Args) => stack(renderElement('nato-careers', args, children()));

const meta: Meta = {
  title: 'Elements/Careers provider',
  component: 'nato-careers',
  tags: ['autodocs'],
  render: renderProvider,
  parameters: {
    docs: {
      description: {
        component:
          'Renders nothing of its own: the stories show it around the elements of a careers page, which take its endpoint (or data) and, through `lang` on it, its language.',
      },
    },
  },
};
export default meta;

const endpoint = (story: string, options?: Parameters<typeof mockEndpoint>[1]) => mockEndpoint(`careers-${story}`, options);

export const Default: Story = { args: { endpoint: endpoint('default') } };

export const Loading: Story = {
  args: { endpoint: endpoint('loading', { never: true }) },
  // The children's own timeout: a response that never arrives must not turn into an error.
  render: (args) => stack(renderElement('nato-careers', args, children({ timeout: 86_400_000 }))),
};

export const Empty: Story = { args: { endpoint: endpoint('empty', { scenario: 'empty' }) } };

export const Error: Story = {
  tags: ['expected-error', 'retry-recovers'],
  args: { endpoint: endpoint('error', { status: 500, failTimes: MAX_RETRIES + 1 }) },
  parameters: { docs: { description: { story: 'The shared endpoint answers 500, then recovers: "Try again" shows the content.' } } },
};

export const MalformedFeed: Story = { args: { endpoint: endpoint('invalid', { scenario: 'invalid' }) } };

export const LongContent: Story = { args: { endpoint: endpoint('long', { scenario: 'long' }) } };

/** `lang` on the provider reaches every element inside it. */
export const French: Story = {
  args: { endpoint: endpoint('french') },
  render: (args) => {
    const provider = renderElement('nato-careers', args, children());
    provider.lang = 'fr';
    return stack(provider);
  },
};

export const Dark: Story = { args: { endpoint: endpoint('dark') }, globals: { theme: 'dark' } };

export const Narrow: Story = { args: { endpoint: endpoint('narrow') }, globals: { width: '320' } };

export const Wide: Story = { args: { endpoint: endpoint('wide') }, globals: { width: '1280' } };

export const NotConfigured: Story = {
  tags: ['expected-error'],
  args: {},
  parameters: { docs: { description: { story: 'A provider without endpoint or data: the elements inside say they have nothing to show.' } } },
};

/** Data handed in through the `data` property: nothing is fetched. */
export const DataHandedIn: Story = {
  name: 'Data handed in (no fetch)',
  args: { data: demoFeed() },
};

/** An element with its own endpoint ignores the provider's. */
export const ChildWithItsOwnEndpoint: Story = {
  name: 'A child with its own endpoint',
  args: { endpoint: endpoint('own-provider', { scenario: 'empty' }) },
  render: (args) =>
    stack(
      renderElement('nato-careers', args, [
        renderElement('nato-job-list', { endpoint: endpoint('own-child'), organization: 'NSPA' }),
        renderElement('nato-job-list', { 'hide-filters': true, limit: 2 }),
      ]),
    ),
};

/** The nearest provider wins. */
export const NestedProviders: Story = {
  name: 'Nested providers',
  args: { endpoint: endpoint('outer', { scenario: 'empty' }) },
  render: (args) =>
    html`<div class="sb-stack">
      ${renderElement('nato-careers', args, [
        renderElement('nato-job-list', { 'hide-filters': true, limit: 2 }),
        renderElement('nato-careers', { endpoint: endpoint('inner') }, [renderElement('nato-job-list', { 'hide-filters': true, limit: 3 })]),
      ])}
    </div>`,
};

/** An NSPA page: the provider with the agency's tokens and French. */
export const NSPAPageInFrench: Story = {
  name: 'NSPA page, in French',
  args: { endpoint: endpoint('nspa') },
  globals: { theme: 'nspa', lang: 'fr' },
  render: (args) =>
    stack(
      renderElement('nato-careers', args, [
        renderElement('nato-job-list', { organization: 'NSPA' }),
        renderElement('nato-spotlight-card', { 'spotlight-id': 'eralda-vahidi' }),
      ]),
    ),
};

export const Playground: Story = { ...playground('nato-careers', undefined, children), tags: ['!autodocs', 'playground'] };
