#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: node scripts/test.mjs [--watch] [more @web/test-runner arguments]
 *
 * 1. Makes sure the browsers are installed. Nothing here downloads a browser: the tests use the
 *    system's Chromium and Firefox (CHROMIUM_PATH / FIREFOX_PATH, default Debian's /usr/bin ones).
 *    As root on Debian or Ubuntu, missing ones are installed with apt-get; anywhere else this
 *    says what to install and stops.
 * 2. Builds the package (`npm run build`): the smoke test loads dist/nato-careers.bundle.js.
 * 3. Runs @web/test-runner with web-test-runner.config.mjs, passing the arguments on, and exits
 *    with its exit code. `BROWSERS=chromium` or `BROWSERS=firefox` runs one browser only.
 */
import { spawnSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** The browsers the config will launch (see BROWSERS in web-test-runner.config.mjs). */
function requiredBrowsers() {
  const all = {
    chromium: { path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', env: 'CHROMIUM_PATH', apt: 'chromium' },
    firefox: { path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', env: 'FIREFOX_PATH', apt: 'firefox-esr' },
  };
  const wanted = (process.env.BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const names = wanted.length > 0 ? wanted : Object.keys(all);
  const unknown = names.filter((name) => !(name in all));
  if (unknown.length > 0) fail(`BROWSERS=${process.env.BROWSERS}: unknown ${unknown.join(', ')}; use chromium, firefox or chromium,firefox`);
  return names.map((name) => ({ name, ...all[/** @type {keyof typeof all} */ (name)] }));
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} command */
function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
}

/** @param {string} message @returns {never} */
function fail(message, code = 1) {
  console.error(`\n${message}\n`);
  process.exit(code);
}

/** @param {string} command @param {string[]} commandArgs @param {NodeJS.ProcessEnv} [env] */
function run(command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function ensureBrowsers() {
  const browsers = requiredBrowsers();
  let missing = browsers.filter((browser) => !isExecutable(browser.path));
  if (missing.length === 0) return;

  const list = missing.map((browser) => `${browser.name} (${browser.path})`).join(', ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = process.platform === 'linux' && onPath('apt-get');
  if (isRoot && hasApt) {
    console.log(`Missing ${list}: installing Debian's chromium and firefox-esr with apt-get.`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const status = run('apt-get', ['update'], env) || run('apt-get', ['install', '-y', 'chromium', 'firefox-esr'], env);
    if (status !== 0) fail(`apt-get failed (exit code ${status}); install chromium and firefox-esr, then run the tests again.`);
    missing = missing.filter((browser) => !isExecutable(browser.path));
    if (missing.length === 0) return;
  }

  const names = missing.map((browser) => browser.name).join(' and ');
  const debian = existsSync('/etc/debian_version') || hasApt;
  const how = debian
    ? `Install them with:\n\n    sudo apt-get install chromium firefox-esr\n\n` +
      `or set ${missing.map((browser) => browser.env).join(' and ')} to ${missing.length > 1 ? 'browsers' : 'a browser'} installed elsewhere.`
    : `Install Chromium and Firefox, then set CHROMIUM_PATH and FIREFOX_PATH to their executables, e.g.\n\n` +
      `    CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test`;
  fail(
    `The tests need ${names}, which ${missing.length > 1 ? 'are' : 'is'} not installed: ${missing.map((browser) => browser.path).join(', ')}.\n` +
      `${how}\n(BROWSERS=chromium or BROWSERS=firefox runs the tests in one browser only.) Nothing here downloads a browser.`,
  );
}

function build() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const status = run(npm, ['run', 'build']);
  if (status !== 0) fail(`npm run build failed (exit code ${status}); the tests need the built bundle.`, status);
}

function runTests() {
  const bin = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
  if (!existsSync(bin)) fail('@web/test-runner is not installed: run `npm ci` first.');
  const child = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.mjs', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  // Ctrl+C reaches the runner directly (same process group): wait for it to close its browsers.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => fail(`could not start the test runner: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

ensureBrowsers();
build();
runTests();
