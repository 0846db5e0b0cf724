// Writes src/data/careers-feed.schema.json from the run-time schemas' descriptions of themselves
// (src/data/feed-json-schema.ts), so that the shipped JSON Schema and the validator never
// disagree. Part of `npm run analyze`.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  entryPoints: ['src/data/feed-json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  tsconfig: 'tsconfig.json',
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
writeFileSync('src/data/careers-feed.schema.json', `${JSON.stringify(module.feedJsonSchema(), null, 2)}\n`);
console.log('wrote src/data/careers-feed.schema.json');
