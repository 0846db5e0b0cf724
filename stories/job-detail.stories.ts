import '../src/components/job-detail/job-detail.js';
import type { Meta } from '@storybook/web-components-vite';
import { mockEndpoint } from './support/mock-endpoint.js';
import { elementMeta, standardStories, type Story } from './support/stories.js';

const options = { tag: 'nato-job-detail', slug: 'job-detail', section: 'jobs', args: { 'job-id': 'close-protection-officer' } } as const;

export default {
  title: 'Elements/Job detail',
  component: 'nato-job-detail',
  tags: ['autodocs'],
  ...elementMeta(options),
} satisfies Meta;

const standard = standardStories(options);

export const Default = standard.Default;
export const Loading = standard.Loading;
/** No vacancies at all: the element says the vacancy is not found, and the console names the id. */
export const Empty: Story = { ...standard.Empty, tags: ['expected-error'] };
export const Error: Story = { ...standard.Error, tags: ['expected-error', 'retry-recovers'] };
export const MalformedFeed = standard.MalformedFeed;
export const LongContent = standard.LongContent;
export const French = standard.French;
export const Dark = standard.Dark;
export const Narrow = standard.Narrow;
export const Wide = standard.Wide;
export const NotConfigured: Story = { ...standard.NotConfigured, tags: ['expected-error'] };

/** A sample vacancy: labelled as an example, with no Apply link. */
export const ExampleVacancy: Story = {
  name: 'Example vacancy (illustrative)',
  args: { endpoint: mockEndpoint('job-detail-example'), 'job-id': 'nspa-software-developer' },
};

export const ClosedVacancy: Story = {
  name: 'Closed vacancy',
  args: { endpoint: mockEndpoint('job-detail-closed'), 'job-id': 'jfcbs-budget-assistant' },
};

export const NotFound: Story = {
  name: 'Vacancy not found',
  tags: ['expected-error'],
  args: { endpoint: mockEndpoint('job-detail-not-found'), 'job-id': 'no-such-job' },
};

export const NSPAVacancy: Story = {
  name: 'NSPA vacancy, NSPA theme',
  args: { endpoint: mockEndpoint('job-detail-nspa'), 'job-id': 'nspa-logistics-officer' },
  globals: { theme: 'nspa' },
};

export const JobsSliceEndpoint: Story = {
  name: 'Endpoint serving only jobs',
  args: { endpoint: mockEndpoint('job-detail-slice', { section: 'jobs' }) },
};

export const Playground: Story = { ...standard.Playground, tags: ['!autodocs', 'playground'] };
