#!/usr/bin/env node
// `npm run check:package`: the package as npm would publish it. Builds first when dist/ is
// missing; then checks that `sideEffects` names every define module and only published files,
// and runs publint and @arethetypeswrong/cli (ESM only). Any finding fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const problems = [];

if (!existsSync(`${root}dist/index.js`)) {
  console.log('dist/ is missing: npm run build');
  if (run(npm, ['run', 'build']) !== 0) process.exit(1);
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const sideEffects = pkg.sideEffects.map((pattern) => new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
for (const name of readdirSync(`${root}src/components`)) {
  if (!existsSync(`${root}src/components/${name}/${name}.ts`)) continue;
  const file = `dist/components/${name}/${name}.js`;
  if (!sideEffects.some((pattern) => pattern.test(file))) problems.push(`sideEffects does not name ${file}, which defines an element`);
  if (!existsSync(`${root}${file}`)) problems.push(`${file} was not built`);
}
// The source define modules are listed too: Vite reads this field when it builds dist/ from
// src/, and without them drops the imports that define the elements. Each must mirror a
// published entry.
for (const pattern of pkg.sideEffects.filter((entry) => !entry.startsWith('./dist/'))) {
  const published = pattern.replace(/^\.\/src\/(.*)\.ts$/, './dist/$1.js').replace('./dist/loader.js', './dist/nato-careers.loader.js');
  if (published === pattern || !pkg.sideEffects.includes(published)) problems.push(`sideEffects names ${pattern}, which is neither published nor the source of a published entry`);
}
if (problems.length > 0) console.error(`\n${problems.join('\n')}`);

console.log('\n::: publint --strict');
const publint = run(process.execPath, ['node_modules/publint/src/cli.js', '--strict']);
console.log('\n::: attw --pack . --profile esm-only');
const attw = run(process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', '--pack', '.', '--profile', 'esm-only']);
if (problems.length > 0 || publint !== 0 || attw !== 0) process.exit(1);
console.log('\npackage: publint and attw clean, sideEffects complete');
