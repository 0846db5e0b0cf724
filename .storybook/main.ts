import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element in every state, with docs and controls from
 * custom-elements.json. It uses the project's vite.config.ts and tsconfig.json (Storybook keeps
 * only their plugins and compiler settings, not the library build), so class fields compile the
 * same way as in the package, and the source define modules keep their side effects (the
 * project's `nato-source-side-effects` plugin).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The Mock Service Worker script (`npx msw init .storybook/public`).
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};

export default config;
