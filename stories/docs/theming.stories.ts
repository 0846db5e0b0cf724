/** The Theming page's live example: an agency theme, through the public tokens and parts only. */
import '../../src/components/job-list/job-list.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockEndpoint } from '../support/mock-endpoint.js';
import { renderElement } from '../support/render.js';

export default {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  excludeStories: /Css$/,
  args: {
    primary: '#005e6e',
    surfaceRaised: '#e6f0f1',
    radius: '0.25em',
    font: "'Segoe UI', system-ui, sans-serif",
    applyRadius: '2em',
  },
  argTypes: {
    primary: { name: '--nato-color-primary', control: 'color' },
    surfaceRaised: { name: '--nato-color-surface-raised', control: 'color' },
    radius: { name: '--nato-radius-m', control: 'text' },
    font: { name: '--nato-font-family', control: 'text' },
    applyRadius: { name: '::part(apply) border-radius', control: 'text' },
  },
} satisfies Meta;

/** The agency's stylesheet, as a host page would write it (and as the code panel shows it). */
export const agencyCss = (args: Record<string, string>) => `.agency-page {
  --nato-color-primary: ${args.primary};
  --nato-color-surface-raised: ${args.surfaceRaised};
  --nato-radius-m: ${args.radius};
  --nato-font-family: ${args.font};
}
.agency-page nato-job-list::part(apply) {
  border-radius: ${args.applyRadius};
}`;

export const AgencyTheme: StoryObj = {
  name: 'Agency theme (NSPA)',
  render: (args) => {
    const style = document.createElement('style');
    style.textContent = agencyCss(args);
    return html`${style}
      <div class="agency-page">${renderElement('nato-job-list', { endpoint: mockEndpoint('theming-agency'), organization: 'NSPA', limit: 3 })}</div>`;
  },
  // The code panel shows the stylesheet a host page writes, following the controls.
  parameters: { docs: { source: { transform: (_code: string, { args }: { args: Record<string, string> }) => agencyCss(args), language: 'css' } } },
};
