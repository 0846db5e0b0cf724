import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { clearFeedCache } from '../src/data/feed-client.js';
import { mockFeedHandler } from '../stories/support/mock-endpoint.js';
import './host.css';
import { argTypesFor, componentDescription, manifest } from './manifest.js';

setCustomElementsManifest(manifest);

/** The accessibility rules the addon applies, as scripts/check-stories.mjs does: WCAG 2.0–2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  // Every story's endpoint is answered in the browser (stories/support/mock-endpoint.ts).
  // The handler is an initial handler, so the reset between stories keeps it.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(mockFeedHandler);
      await worker.start({
        quiet: true,
        serviceWorker: { url: 'mockServiceWorker.js' },
        // Storybook's own files pass; anything else a story asks for is an error: no story
        // touches the network.
        onUnhandledFrame({ frame, defaults }) {
          const request = (frame.data as { request?: Request } | undefined)?.request;
          if (request && new URL(request.url).origin === location.origin) return;
          defaults.error();
        },
      });
      return worker;
    }),
  ],
  beforeEach() {
    // Nothing cached by one story shows up in the next.
    clearFeedCache();
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the page around the elements (tokens only)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'nspa', title: 'NSPA' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the container the elements sit in',
      toolbar: {
        title: 'Width',
        icon: 'transfer',
        items: [
          { value: 'fluid', title: 'Fluid (100 %)' },
          { value: '320', title: '320 px' },
          { value: '375', title: '375 px' },
          { value: '800', title: '800 px' },
          { value: '1280', title: '1,280 px' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'default', width: 'fluid' },
  // The host page: language on the wrapper, theme through tokens, width through the container.
  decorators: [
    (story, { globals }) =>
      html`<div class="sb-host sb-theme-${globals.theme ?? 'default'} sb-width-${globals.width ?? 'fluid'}" lang=${globals.lang ?? 'en'}>
        <div class="sb-container">${story()}</div>
      </div>`,
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    docs: {
      extractArgTypes: argTypesFor,
      extractComponentDescription: componentDescription,
      codePanel: true,
    },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: AXE_TAGS } },
    },
    options: {
      storySort: { order: ['Docs', ['Introduction', 'Theming', 'The feed'], 'Elements', ['Careers provider', 'Job list', '*']] },
    },
  },
};

export default preview;
