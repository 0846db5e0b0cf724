/**
 * Transfer sizes: the drop-in bundle as built, and each element bundled alone with Lit
 * (its define entry `src/components/<name>/<name>.ts`, built in memory the way
 * scripts/build.mjs reports it: the project's Vite config, production mode, minified).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * @param {string} root the repository
 * @param {Buffer} [bundle] the bundle's content (default: read from dist/)
 */
export async function measureSizes(root, bundle = readFileSync(join(root, 'dist/nato-careers.bundle.js'))) {
  const result = { bundle: { file: 'dist/nato-careers.bundle.js', bytes: bundle.length, gzipBytes: gzip(bundle) }, elements: [] };
  const { build } = await import('vite');
  const names = readdirSync(join(root, 'src/components'))
    .filter((name) => existsSync(join(root, `src/components/${name}/${name}.ts`)))
    .sort();
  for (const name of names) {
    try {
      const output = await build({
        root,
        configFile: join(root, 'vite.config.ts'),
        logLevel: 'silent',
        mode: 'production',
        build: {
          write: false,
          lib: { entry: join(root, `src/components/${name}/${name}.ts`), formats: ['es'], fileName: () => `${name}.js` },
        },
      });
      const [chunk] = (Array.isArray(output) ? output[0] : output).output;
      result.elements.push({ tag: `nato-${name}`, entry: `src/components/${name}/${name}.ts`, bytes: Buffer.byteLength(chunk.code), gzipBytes: gzip(chunk.code) });
    } catch (error) {
      // Sources being edited may not build at this moment: report it, measure the rest.
      const lines = String(error?.message ?? error).replace(/\x1b\[[0-9;]*m/g, '').split('\n');
      const message = lines.find((line) => /\[[A-Z_]+\]/.test(line)) ?? lines.find((line) => line.trim()) ?? 'build failed';
      result.elements.push({ tag: `nato-${name}`, entry: `src/components/${name}/${name}.ts`, error: message.trim().slice(0, 200) });
    }
  }
  return result;
}
