import '../src/components/spotlight-card/spotlight-card.js';
import type { Meta } from '@storybook/web-components-vite';
import { mockEndpoint } from './support/mock-endpoint.js';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-spotlight-card', slug: 'spotlight-card', section: 'spotlights' } as const;

export default {
  title: 'Elements/Spotlight card',
  component: 'nato-spotlight-card',
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

export const ChosenSpotlight: Story = {
  name: 'A chosen spotlight',
  args: { endpoint: mockEndpoint('spotlight-card-chosen'), 'spotlight-id': 'clare-hutchinson' },
};

/** The long-content feed gives this spotlight an Arabic name and role. */
export const ArabicName: Story = {
  name: 'Arabic name',
  args: { endpoint: mockEndpoint('spotlight-card-arabic', { scenario: 'long' }), 'spotlight-id': 'chelsey-slack' },
};

export const SpotlightsOnlyEndpoint: Story = {
  name: 'Endpoint serving only spotlights',
  args: { endpoint: mockEndpoint('spotlight-card-slice', { section: 'spotlights' }), 'spotlight-id': 'manisha-parmar' },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
