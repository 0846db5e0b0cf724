import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element in every state, with docs and controls from
 * custom-elements.json. It uses the project's vite.config.ts and tsconfig.json (Storybook keeps
 * only their plugins and compiler settings, not the library build), so decorators are lowered
 * the same way as in the package.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The Mock Service Worker script (`npx msw init .storybook/public`).
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        // package.json's `sideEffects` names only the built define modules (dist/), so a bundler
        // drops `import '../src/components/x/x.js'` as side-effect free, and no element would be
        // defined. The stories import the sources: their define modules keep their effect.
        name: 'nato-stories-define-modules',
        transform(code, id) {
          if (/[\\/]src[\\/](components[\\/]([^\\/]+)[\\/]\2|nato-careers)\.ts$/.test(id)) return { code, map: null, moduleSideEffects: true };
          return undefined;
        },
      },
    ];
    return viteConfig;
  },
};

export default config;
