/** Why a feed could not be shown. Each kind has its own message for people. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid-feed';

/**
 * A classified failure to load a feed. `message` is for developers (what to fix); elements show
 * a short, translated message for people chosen by `kind`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    /** The URL that was requested, or `"data"` for data handed in directly. */
    readonly source: string,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Wraps anything thrown into a `FeedError`, keeping one that already is. */
export function toFeedError(error: unknown, source: string): FeedError {
  if (error instanceof FeedError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new FeedError('invalid-feed', source, `could not read the feed: ${detail}`);
}
