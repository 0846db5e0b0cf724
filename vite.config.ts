import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { connectMiddleware, createFeedEndpoint } from './demo/server/feed-endpoint.js';

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

/** One entry per element (`src/components/<name>/<name>.ts`), plus the two index entries. */
function moduleEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: 'src/index.ts', 'nato-careers': 'src/nato-careers.ts' };
  for (const name of readdirSync(`${root}src/components`)) {
    entries[`components/${name}/${name}`] = `src/components/${name}/${name}.ts`;
  }
  return entries;
}

/**
 * `vite` serves the demo. `vite build` makes the drop-in bundle: one minified ES module with
 * production Lit inlined. `vite build --mode modules` makes the npm modules: one file per
 * source module, Lit left external so that apps share their copy.
 *
 * Decorators: tsconfig.json sets `experimentalDecorators`, which Vite's compiler lowers.
 * (It leaves standard decorators as they are, and no browser runs those yet.)
 */
export default defineConfig(({ mode }): UserConfig => {
  const modules = mode === 'modules';
  return {
    plugins: [demoServer()],
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
            external: [/^lit(\/|$)/, /^@lit\//],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          }
        : { output: { minify: true } },
    },
  };
});
