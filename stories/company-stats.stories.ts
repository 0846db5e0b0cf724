import '../src/components/company-stats/company-stats.js';
import type { Meta } from '@storybook/web-components-vite';
import { mockEndpoint } from './support/mock-endpoint.js';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-company-stats', slug: 'company-stats', section: 'stats' } as const;

export default {
  title: 'Elements/Company stats',
  component: 'nato-company-stats',
  tags: ['autodocs'],
  ...elementMeta(options),
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'inline'] } },
} satisfies Meta;

const standard = standardStories(options);

export const Default = standard.Default;
export const Loading = standard.Loading;
export const Empty = standard.Empty;
export const Error: Story = { ...standard.Error, tags: ['expected-error', 'retry-recovers'] };
export const MalformedFeed = standard.MalformedFeed;
export const LongContent = standard.LongContent;
export const French = standard.French;
export const Dark = standard.Dark;
export const Narrow = standard.Narrow;
export const Wide = standard.Wide;
export const NotConfigured: Story = { ...standard.NotConfigured, tags: ['expected-error'] };

export const Inline: Story = {
  name: 'Inline',
  args: { endpoint: mockEndpoint('company-stats-inline'), layout: 'inline' },
};

export const ChosenStats: Story = {
  name: 'Chosen facts, in this order',
  args: { endpoint: mockEndpoint('company-stats-chosen'), stats: 'member-countries,founded,headquarters' },
};

export const StatsOnlyEndpoint: Story = {
  name: 'Endpoint serving only the stats',
  args: { endpoint: mockEndpoint('company-stats-slice', { section: 'stats' }) },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
