// `npm run build`: the npm modules with types, then the drop-in bundle, then a size report.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const quiet = { logLevel: 'warn' };

await build({ ...quiet, mode: 'modules' }); // empties dist/ first
await build({ ...quiet, mode: 'production' });
rmSync('dist/types', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
copyFileSync('src/data/careers-feed.schema.json', 'dist/careers-feed.schema.json');

const gzipKiB = (code) => (gzipSync(code, { level: 9 }).length / 1024).toFixed(1);

/** Each element bundled alone, Lit included: what a page using only that element pays. */
async function elementSize(name) {
  const output = await build({
    ...quiet,
    mode: 'production',
    build: {
      write: false,
      lib: { entry: `src/components/${name}/${name}.ts`, formats: ['es'], fileName: () => `${name}.js` },
    },
  });
  const [chunk] = (Array.isArray(output) ? output[0] : output).output;
  return chunk.code;
}

const bundle = readFileSync('dist/nato-careers.bundle.js');
console.log(`\ndist/nato-careers.bundle.js  ${(bundle.length / 1024).toFixed(1)} KiB, ${gzipKiB(bundle)} KiB gzip (every element, Lit included)`);
for (const name of readdirSync('src/components')) {
  console.log(`  nato-${name} alone          ${gzipKiB(await elementSize(name))} KiB gzip`);
}
