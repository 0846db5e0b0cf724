// @ts-check
/**
 * Serves the framework host apps of test/frameworks/hosts as browser bundles, built by esbuild
 * on request: `/test/frameworks/hosts/react-tags-host.tsx` is requested as
 * `/test/frameworks/hosts/react-tags-host.bundle.js`. React and Vue are CommonJS or need their
 * build flags defined, which the test server's plain module resolution cannot do; an app built
 * the way a framework user builds one can.
 *
 * The hosts import the package by its published names (`nato-careers-elements/react`,
 * `nato-careers-elements/elements/job-list` …), as an app would. Here those names lead to the
 * TypeScript sources, so the tests run the code under test without a build (the type-check,
 * `npm run typecheck:frameworks`, reads the published `dist/*.d.ts` instead), each with its side
 * effects: the package's "sideEffects" list names dist/ files only. `vue` is Vue's
 * full build, with the template compiler, so a host can compile a template at run time.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { build } from 'esbuild';

/** Published entry (after `nato-careers-elements`) → source module, relative to the root. */
const SOURCE_ENTRIES = [
  { pattern: /^$/, source: () => 'src/index.ts' },
  { pattern: /^\/react$/, source: () => 'src/react/index.ts' },
  { pattern: /^\/(jsx|vue)$/, source: () => undefined }, // types only
  { pattern: /^\/elements\/([\w-]+)(?:\.js)?$/, source: (/** @type {string} */ name) => `src/components/${name}/${name}.ts` },
];

const SOURCE_IMPORT = Symbol('source import');

/** @param {string} rootDir */
function packageSourcesPlugin(rootDir) {
  return {
    name: 'nato-package-sources',
    /** @param {import('esbuild').PluginBuild} pluginBuild */
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^nato-careers-elements(\/.*)?$/ }, (args) => {
        const subpath = args.path.slice('nato-careers-elements'.length);
        for (const { pattern, source } of SOURCE_ENTRIES) {
          const match = pattern.exec(subpath);
          if (!match) continue;
          const file = source(match[1]);
          if (file === undefined) return { path: args.path, namespace: 'nato-types-only' };
          return { path: `${rootDir}${file}`, sideEffects: true };
        }
        return { errors: [{ text: `${args.path} is not an entry the package publishes` }] };
      });
      // package.json's "sideEffects" names the define modules of dist/, not their sources: here
      // every source module keeps its side effects (the wrappers import the define modules bare).
      pluginBuild.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (!args.importer.startsWith(`${rootDir}src/`) || args.pluginData === SOURCE_IMPORT) return undefined;
        const result = await pluginBuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: SOURCE_IMPORT });
        return result.errors.length > 0 ? { errors: result.errors } : { path: result.path, sideEffects: true };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'nato-types-only' }, () => ({ contents: 'export {};', loader: 'js' }));
    },
  };
}

/** Modification times of these files (missing ones as -1). */
const mtimes = (/** @type {string[]} */ files) => files.map((file) => (existsSync(file) ? statSync(file).mtimeMs : -1)).join();

/**
 * @param {{ rootDir: string, tsconfig: string }} options
 * Each host is built once, when the server starts (a React bundle takes seconds on a busy
 * machine), and again only when one of its input files changed.
 */
export function frameworkHostsPlugin({ rootDir, tsconfig }) {
  const root = rootDir.endsWith('/') ? rootDir : `${rootDir}/`;
  const hostsDir = `${root}test/frameworks/hosts/`;
  /** @type {Map<string, Promise<{ text: string, inputs: string[], stamp: string }>>} */
  const builds = new Map();

  /** @param {string} entry */
  const bundle = async (entry) => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      tsconfig,
      absWorkingDir: root,
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      plugins: [packageSourcesPlugin(root)],
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((input) => !input.includes(':'))
      .map((input) => `${root}${input}`);
    return { text: result.outputFiles[0].text, inputs, stamp: mtimes(inputs) };
  };

  /** @param {string} entry */
  const built = async (entry) => {
    const cached = builds.get(entry);
    if (cached) {
      const { inputs, stamp } = await cached.catch(() => ({ inputs: [], stamp: 'failed' }));
      if (stamp !== 'failed' && mtimes(inputs) === stamp) return cached;
    }
    const next = bundle(entry);
    builds.set(entry, next);
    return next;
  };

  return {
    name: 'nato-framework-hosts',
    serverStart() {
      for (const file of readdirSync(hostsDir)) {
        if (/-host\.tsx?$/.test(file)) built(`${hostsDir}${file}`).catch(() => {});
      }
    },
    /** @param {{ path: string }} context */
    async serve(context) {
      const match = /^\/test\/frameworks\/hosts\/([\w-]+)\.bundle\.js$/.exec(context.path);
      if (!match) return undefined;
      const entry = ['tsx', 'ts'].map((ext) => `${hostsDir}${match[1]}.${ext}`).find((file) => existsSync(file));
      if (!entry) return undefined;
      const { text } = await built(entry);
      return { body: text, type: 'js' };
    },
  };
}
