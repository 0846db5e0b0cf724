// @ts-check
/**
 * The bench's web server: plain `node:http`, every response held back by a fixed latency so
 * that loading looks like a real network round trip rather than a loopback.
 *
 *   /dist/…                   the built files (the drop-in bundle)
 *   /bench/<name>.html        scripts/bench/pages/<name>.html: the pages `setPage()` writes from the
 *                             scenarios on each run (kept on disk to be looked at)
 *   /api/careers.json?…       the demo feed, through the same endpoint as the demo and test servers
 *
 * `override(path, body)` answers a path from memory: the bundle as it was when the run started
 * (a rebuild empties dist/), or the profiler's own build of it.
 *
 * Every feed request is counted by its URL, so a run can tell whether a preloaded feed was
 * reused or asked for a second time.
 */
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createFeedEndpoint } from '../../demo/server/feed-endpoint.js';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {{ root: string, latencyMs: number }} options `root`: the repository
 * @returns {Promise<{ origin: string, setPage(name: string, html: string): Promise<string>, override(path: string, body: string | Buffer): void, requests: Map<string, number>, close(): Promise<void> }>}
 */
export async function startServer({ root, latencyMs }) {
  const feed = createFeedEndpoint(join(root, 'demo/data/careers.json'));
  const pagesDir = join(root, 'scripts/bench/pages') + sep;
  await mkdir(pagesDir, { recursive: true });
  /** Feed requests by path and query, since the last `requests.clear()`. */
  const requests = new Map();
  const dist = join(root, 'dist') + sep;
  /** @type {Map<string, string | Buffer>} */
  const overrides = new Map();

  /** @returns {Promise<{ status: number, headers: Record<string, string>, body: string | Buffer }>} */
  async function answer(/** @type {URL} */ url) {
    if (url.pathname.startsWith('/api/')) {
      if (url.pathname === '/api/careers.json') {
        const key = url.pathname + url.search;
        requests.set(key, (requests.get(key) ?? 0) + 1);
      }
      const response = await feed(url);
      if (response) return response;
    }
    if (url.pathname.startsWith('/bench/')) {
      const path = normalize(join(pagesDir, decodeURIComponent(url.pathname.slice('/bench/'.length))));
      if (path.startsWith(pagesDir) && path.endsWith('.html')) {
        try {
          return { status: 200, headers: { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }, body: await readFile(path) };
        } catch {
          // fall through to 404
        }
      }
    }
    const replaced = overrides.get(url.pathname);
    if (replaced !== undefined) {
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(url.pathname))] ?? 'application/octet-stream';
      return { status: 200, headers: { 'content-type': type, 'cache-control': 'public, max-age=600' }, body: replaced };
    }
    if (url.pathname.startsWith('/dist/')) {
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path.startsWith(dist)) {
        try {
          const body = await readFile(path);
          const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? 'application/octet-stream';
          // Cacheable, as a CDN would serve it; every run starts in a new, empty browser context.
          return { status: 200, headers: { 'content-type': type, 'cache-control': 'public, max-age=600' }, body };
        } catch {
          // fall through to 404
        }
      }
    }
    if (url.pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: `not found: ${url.pathname}` };
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The server's own time, then the round trip on top of it, as over a real network.
    const answered = answer(url).then((result) => new Promise((resolve) => setTimeout(() => resolve(result), latencyMs)));
    answered.then(
      ({ status, headers, body }) => {
        response.writeHead(status, headers);
        response.end(body);
      },
      (error) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error?.stack ?? error));
      },
    );
  });
  // Keep-alive as browsers expect; one socket per parallel request, as over a real network.
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    async setPage(name, html) {
      await writeFile(join(pagesDir, `${name}.html`), html);
      return `${origin}/bench/${name}.html`;
    },
    override(path, body) {
      overrides.set(path, body);
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
