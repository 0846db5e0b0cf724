import '../src/components/about-panel/about-panel.js';
import type { Meta } from '@storybook/web-components-vite';
import { mockEndpoint } from './support/mock-endpoint.js';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-about-panel', slug: 'about-panel' } as const;

export default {
  title: 'Elements/About panel',
  component: 'nato-about-panel',
  tags: ['autodocs'],
  ...elementMeta(options),
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

/** An agency page's short profile: purpose and the two pillars only. */
export const PurposeAndPillars: Story = {
  name: 'Purpose and pillars only',
  args: { endpoint: mockEndpoint('about-panel-pillars'), sections: 'purpose,pillars' },
};

export const ValuesFirst: Story = {
  name: 'Values, then core tasks',
  args: { endpoint: mockEndpoint('about-panel-values'), sections: 'values,coreTasks' },
};

export const ProfileOnlyEndpoint: Story = {
  name: 'Endpoint serving only the organisation',
  args: { endpoint: mockEndpoint('about-panel-slice', { section: 'organization' }) },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
