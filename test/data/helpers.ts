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
