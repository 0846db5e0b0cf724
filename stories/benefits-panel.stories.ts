import '../src/components/benefits-panel/benefits-panel.js';
import type { Meta } from '@storybook/web-components-vite';
import { mockEndpoint } from './support/mock-endpoint.js';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-benefits-panel', slug: 'benefits-panel', section: 'benefits' } as const;

export default {
  title: 'Elements/Benefits panel',
  component: 'nato-benefits-panel',
  tags: ['autodocs'],
  ...elementMeta(options),
  argTypes: { layout: { control: 'inline-radio', options: ['list', 'grid'] }, 'group-by': { control: 'inline-radio', options: [undefined, 'category'] } },
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

export const Grid: Story = {
  name: 'As a grid',
  args: { endpoint: mockEndpoint('benefits-panel-grid'), layout: 'grid' },
};

export const GroupedByCategory: Story = {
  name: 'Grouped by category',
  args: { endpoint: mockEndpoint('benefits-panel-grouped'), 'group-by': 'category' },
};

export const GridGroupedByCategory: Story = {
  name: 'Grid, grouped by category',
  args: { endpoint: mockEndpoint('benefits-panel-grid-grouped'), layout: 'grid', 'group-by': 'category' },
};

export const WithoutIcons: Story = {
  name: 'Without icons, 4 benefits',
  args: { endpoint: mockEndpoint('benefits-panel-plain'), 'hide-icons': true, limit: 4 },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
