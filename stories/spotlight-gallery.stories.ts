import '../src/components/spotlight-gallery/spotlight-gallery.js';
import type { Meta } from '@storybook/web-components-vite';
import { mockEndpoint } from './support/mock-endpoint.js';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-spotlight-gallery', slug: 'spotlight-gallery', section: 'spotlights' } as const;

export default {
  title: 'Elements/Spotlight gallery',
  component: 'nato-spotlight-gallery',
  tags: ['autodocs'],
  ...elementMeta(options),
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'carousel'] } },
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

export const Carousel: Story = {
  name: 'As a carousel',
  args: { endpoint: mockEndpoint('spotlight-gallery-carousel'), layout: 'carousel' },
};

export const CarouselAutoplay: Story = {
  name: 'Carousel with autoplay',
  args: { endpoint: mockEndpoint('spotlight-gallery-autoplay'), layout: 'carousel', autoplay: true },
};

export const CarouselNarrow: Story = {
  name: 'Carousel, narrow (320 px)',
  args: { endpoint: mockEndpoint('spotlight-gallery-carousel-narrow'), layout: 'carousel' },
  globals: { width: '320' },
};

export const Limited: Story = {
  name: 'Two spotlights',
  args: { endpoint: mockEndpoint('spotlight-gallery-limit'), limit: 2 },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
