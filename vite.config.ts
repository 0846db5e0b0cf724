import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { connectMiddleware, createFeedEndpoint } from './demo/server/feed-endpoint.js';
import { minifyTemplates } from './scripts/minify-templates.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The demo server: the demo feed with fault injection at /api/careers.json (see demo/server),
 * `/` sent to the demo page, and the demo's address printed where `npm start` shows it.
 */
function demoServer(): Plugin {
  const feed = connectMiddleware(createFeedEndpoint(`${root}demo/data/careers.json`));
  return {
    name: 'nato-demo-server',
    configureServer(server) {
      server.middlewares.use(feed);
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { location: '/demo/' });
        response.end();
      });
      server.httpServer?.once('listening', () =>
        setTimeout(() => {
          const url = server.resolvedUrls?.local[0];
          if (url) server.config.logger.info(`  ➜  Demo:    ${url}demo/  (the partner page, on the built-in feed)\n`);
        }),
      );
    },
    configurePreviewServer: (server) => void server.middlewares.use(feed),
  };
}

/** Element folders that have their define module (`src/components/<name>/<name>.ts`). */
const componentNames = () =>
  readdirSync(`${root}src/components`).filter((name) => existsSync(`${root}src/components/${name}/${name}.ts`));

/**
 * One entry per element (`src/components/<name>/<name>.ts`), the two index entries, and the
 * React wrappers (`src/react/*.ts` → `dist/react/`; React and @lit/react stay external).
 */
function moduleEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: 'src/index.ts', 'nato-careers': 'src/nato-careers.ts' };
  for (const name of componentNames()) {
    entries[`components/${name}/${name}`] = `src/components/${name}/${name}.ts`;
  }
  for (const file of readdirSync(`${root}src/react`).filter((file) => file.endsWith('.ts'))) {
    entries[`react/${file.slice(0, -3)}`] = `src/react/${file}`;
  }
  return entries;
}

/** The drop-in files: the loader, and one file per element (`elements/nato-job-list.js` …). */
function dropInEntries(): Record<string, string> {
  const entries: Record<string, string> = { 'nato-careers.loader': 'src/loader.ts' };
  for (const name of componentNames()) entries[`elements/nato-${name}`] = `src/components/${name}/${name}.ts`;
  return entries;
}

/**
 * The define modules (`src/components/<name>/<name>.ts`), the define-all entry and the loader
 * run code when imported. package.json's `sideEffects` names only published files, so the
 * build is told here; otherwise it would drop `import './components/job-list/job-list.js'`.
 */
function sourceSideEffects(): Plugin {
  const defining = /[\\/]src[\\/](nato-careers|loader|components[\\/]([\w-]+)[\\/]\2)\.ts$/;
  return {
    name: 'nato-source-side-effects',
    transform(code, id) {
      return defining.test(id) ? { code, moduleSideEffects: true } : null;
    },
  };
}

/** Lit's licence travels with every built file that contains Lit's code. */
const LIT_NOTICE = '/*! Lit | Copyright 2017 Google LLC | SPDX-License-Identifier: BSD-3-Clause */';
const litBanner = (chunk: { moduleIds: readonly string[] }) =>
  chunk.moduleIds.some((id) => /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) ? LIT_NOTICE : '';

/**
 * `vite` serves the demo. `vite build` makes the drop-in bundle: one minified ES module with
 * production Lit inlined. `vite build --mode dropin` makes the loader and the per-element
 * drop-in files, which share Lit through common chunks. `vite build --mode modules` makes the
 * npm modules: one file per source module, Lit left external so that apps share their copy.
 */
export default defineConfig(({ mode }): UserConfig => {
  const modules = mode === 'modules';
  if (mode === 'dropin') {
    return {
      plugins: [sourceSideEffects(), minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: dropInEntries(), formats: ['es'] },
        rolldownOptions: {
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // Lit's core in one chunk that every element file shares. The rest of Lit's family
            // (the provider's half of @lit/context, the job list's directives) goes where it is
            // used, so an element does not download another element's parts.
            codeSplitting: {
              groups: [{ name: 'lit', test: /[\\/]node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element|@lit[\\/]reactive-element)[\\/.]/ }],
            },
            postBanner: litBanner,
            minify: true,
          },
        },
      },
    };
  }
  return {
    plugins: modules ? [demoServer(), sourceSideEffects()] : [demoServer(), sourceSideEffects(), minifyTemplates()],
    server: { open: '/demo/', port: 5173 },
    build: {
      outDir: 'dist',
      emptyOutDir: modules,
      target: 'es2022',
      sourcemap: modules,
      minify: !modules,
      lib: modules
        ? { entry: moduleEntries(), formats: ['es'] }
        : { entry: 'src/nato-careers.ts', formats: ['es'], fileName: () => 'nato-careers.bundle.js' },
      rolldownOptions: modules
        ? {
            external: [/^lit(\/|$)/, /^@lit\//, /^react(-dom)?(\/|$)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          }
        : { output: { minify: true, postBanner: litBanner } },
    },
  };
});
