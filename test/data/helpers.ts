/** Shared helpers for the data-layer tests. Requests go to the test server's feed middleware. */

let counter = 0;

/** A key no other test (nor the other browser, which shares the server) uses. */
export function uniqueKey(name: string): string {
  counter++;
  return `${name}-${counter}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The feed endpoint's URL with these query parameters (`true` for a bare flag such as `malformed`). */
export function feedUrl(params: Record<string, string | number | true> = {}): string {
  const query = Object.entries(params)
    .map(([name, value]) => (value === true ? name : `${name}=${encodeURIComponent(String(value))}`))
    .join('&');
  return `/api/careers.json${query ? `?${query}` : ''}`;
}

/** How many feed requests with this key the server has seen. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/api/requests?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
  const { count } = (await response.json()) as { count: number };
  return count;
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/**
 * Records `console.warn` (or `.error`) calls instead of printing them, until `restore()`.
 * Only the console is replaced; nothing on the data path is.
 */
export function captureConsole(method: 'warn' | 'error' = 'warn') {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore() {
      console[method] = original;
    },
  };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` while the feed endpoint's responses carry these headers (`null` removes one), as
 * if the server had sent them. The test server answers every feed request with
 * `cache-control: no-store` (so that the browser's cache never answers a retry or an injected
 * fault), so the caching headers a real endpoint sends are set here, on the real response:
 * every request still goes to the server and is counted there.
 */
export async function withResponseHeaders<T>(headers: Record<string, string | null>, task: () => Promise<T>): Promise<T> {
  const originalFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await originalFetch.call(window, input, init);
    if (!String(input instanceof Request ? input.url : input).includes('/api/careers.json')) return response;
    const changed = new Headers(response.headers);
    for (const [name, value] of Object.entries(headers)) {
      if (value === null) changed.delete(name);
      else changed.set(name, value);
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: changed });
  };
  try {
    return await task();
  } finally {
    window.fetch = originalFetch;
  }
}

/** Runs `task` with `Date.now()` moved `ms` into the future (timers are not affected). */
export async function withClockAhead<T>(ms: number, task: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  Date.now = () => realNow.call(Date) + ms;
  try {
    return await task();
  } finally {
    Date.now = realNow;
  }
}

/**
 * Waits until a feed element has left its loading (or not yet configured) state and finished
 * its last update; resolves with the state it reached, or the one it is stuck in after `timeout`.
 */
export async function settledState(
  element: HTMLElement & { feedState: string; updateComplete: Promise<boolean> },
  timeout = 8000,
): Promise<string> {
  const start = Date.now();
  while (element.feedState === 'loading' || element.feedState === 'unconfigured') {
    if (Date.now() - start > timeout) return element.feedState;
    await sleep(20);
  }
  await element.updateComplete;
  return element.feedState;
}
