import '../src/components/job-list/job-list.js';
import { mockEndpoint } from './support/mock-endpoint.js';
import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-job-list', slug: 'job-list', section: 'jobs' } as const;

export default {
  title: 'Elements/Job list',
  component: 'nato-job-list',
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

/** An agency's page: only NSPA's jobs, in NSPA's colours. */
export const PrefilteredToNSPA: Story = {
  name: 'Pre-filtered to NSPA',
  args: { endpoint: mockEndpoint('job-list-nspa'), organization: 'NSPA' },
  globals: { theme: 'nspa' },
};

export const SearchAndFiltersHidden: Story = {
  name: 'Compact: no filters, 3 jobs',
  args: { endpoint: mockEndpoint('job-list-compact'), 'hide-filters': true, limit: 3 },
};

export const InitialSearch: Story = {
  name: 'With a search',
  args: { endpoint: mockEndpoint('job-list-search'), query: 'engineer' },
};

export const FilteredByLocation: Story = {
  name: 'Filtered by location and contract',
  args: { endpoint: mockEndpoint('job-list-location'), location: 'Brussels,LU', 'contract-type': 'definite-duration' },
};

export const NoMatches: Story = {
  name: 'Filters that match nothing',
  args: { endpoint: mockEndpoint('job-list-no-match'), query: 'astronaut' },
};

export const SmallPages: Story = {
  name: 'Show more (5 per page)',
  args: { endpoint: mockEndpoint('job-list-pages'), 'page-size': 5 },
};

export const JobsSliceEndpoint: Story = {
  name: 'Endpoint serving only jobs',
  args: { endpoint: mockEndpoint('job-list-slice', { section: 'jobs' }) },
};

export const CustomHeading: Story = {
  name: 'Own heading (slot) at level 3',
  args: { endpoint: mockEndpoint('job-list-heading'), 'slot:heading': 'Join our team', 'heading-level': 3 },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
