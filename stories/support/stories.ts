/**
 * The story set every feed element has: Default, Loading, Empty, Error, Malformed feed, Long
 * content, French, Dark, Narrow, Wide, Not configured and Playground. Each element's stories
 * file adds its own variants.
 *
 * Tags read by the story checks (`scripts/check-stories.mjs`), written in each stories file
 * (Storybook reads tags without running the file):
 * - `expected-error`: the story shows an error state, whose console error is expected;
 * - `retry-recovers`: the story's endpoint recovers after the first load, so Retry must show content;
 * - `playground`: the feed is edited in the `data` control (kept off the docs page with `!autodocs`).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ArgTypes, Args } from 'storybook/internal/types';
import { MAX_RETRIES } from '../../src/data/feed-client.js';
import { demoFeed } from './feeds.js';
import { mockEndpoint } from './mock-endpoint.js';
import { renderElement } from './render.js';
import { feedWarnings } from './validate.js';

export type Story = StoryObj;
type Section = 'jobs' | 'stats' | 'spotlights' | 'benefits';

export interface ElementStoriesOptions {
  tag: string;
  /** The element's name without `nato-`, for unique endpoints: `job-list`. */
  slug: string;
  /** The list of the feed the element shows, if it shows one (for the Playground's warnings). */
  section?: Section;
  /** Args of every story (e.g. which spotlight a card shows). */
  args?: Args;
  /** Arg types to refine what the manifest says (e.g. a select for `layout`). */
  argTypes?: ArgTypes;
}

/** A day: the Loading story's response never arrives, and it must not time out either. */
const NEVER_TIMES_OUT = 86_400_000;

/**
 * What every element's meta shares. Storybook reads `title`, `component` and `tags` without
 * running the file, so each stories file writes those itself.
 */
export function elementMeta({ tag, args, argTypes }: ElementStoriesOptions): Meta {
  return {
    args: { ...args },
    argTypes: { ...argTypes },
    render: (storyArgs) => renderElement(tag, storyArgs),
  };
}

/** The Playground: edit the feed in the `data` control; the element and the validation warnings follow. */
export function playground(tag: string, section?: Section, children: () => Node[] = () => []): Story {
  return {
    args: { data: demoFeed() },
    parameters: {
      docs: { description: { story: 'Edit the feed in the `data` control (JSON). The element re-renders; validation warnings appear beside it.' } },
    },
    render: (args) => {
      const warnings = feedWarnings(args.data, section);
      return html`<div class="sb-playground">
        <div class="sb-stack">${renderElement(tag, args, children())}</div>
        <aside class="sb-warnings" aria-labelledby="sb-warnings-title">
          <h2 id="sb-warnings-title">Validation warnings (${warnings.length})</h2>
          ${warnings.length
            ? html`<ol>
                ${warnings.map((warning) => html`<li><code>${warning}</code></li>`)}
              </ol>`
            : html`<p>None: every item of this feed is valid.</p>`}
        </aside>
      </div>`;
    },
  };
}

/** The standard states of a feed element. */
export function standardStories({ slug, tag, section }: ElementStoriesOptions) {
  const endpoint = (story: string, options?: Parameters<typeof mockEndpoint>[1]) => mockEndpoint(`${slug}-${story}`, options);
  const Default: Story = { args: { endpoint: endpoint('default') } };
  return {
    Default,
    Loading: {
      args: { endpoint: endpoint('loading', { never: true }), timeout: NEVER_TIMES_OUT },
      parameters: { docs: { description: { story: 'A response that never arrives: the loading placeholder stays.' } } },
    } satisfies Story,
    Empty: {
      args: { endpoint: endpoint('empty', { scenario: 'empty' }) },
    } satisfies Story,
    Error: {
      args: { endpoint: endpoint('error', { status: 500, failTimes: MAX_RETRIES + 1 }) },
      parameters: {
        docs: {
          description: {
            story: `The endpoint answers 500 (also to the client's ${MAX_RETRIES} automatic retries), then recovers: "Try again" shows the content.`,
          },
        },
      },
    } satisfies Story,
    MalformedFeed: {
      args: { endpoint: endpoint('invalid', { scenario: 'invalid' }) },
      parameters: {
        docs: { description: { story: 'Broken items mixed into every list: each is skipped with a console warning naming its path; the rest renders.' } },
      },
    } satisfies Story,
    LongContent: {
      args: { endpoint: endpoint('long', { scenario: 'long' }) },
      parameters: {
        docs: { description: { story: 'Very long names, titles and quotes, German compound words and an Arabic name.' } },
      },
    } satisfies Story,
    French: { args: { endpoint: endpoint('french') }, globals: { lang: 'fr' } } satisfies Story,
    Dark: { args: { endpoint: endpoint('dark') }, globals: { theme: 'dark' } } satisfies Story,
    Narrow: { args: { endpoint: endpoint('narrow') }, globals: { width: '320' } } satisfies Story,
    Wide: { args: { endpoint: endpoint('wide') }, globals: { width: '1280' } } satisfies Story,
    NotConfigured: {
      args: {},
      parameters: { docs: { description: { story: `No endpoint and no data: the element says so, and the console tells the developer how to fix it.` } } },
    } satisfies Story,
    Playground: playground(tag, section),
  };
}
