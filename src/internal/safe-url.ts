/** The only schemes an element ever puts in an `href`. */
export const SAFE_URL_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:'];

/** The only schemes an element ever puts in an image's `src`: web addresses, nothing else. */
export const SAFE_IMAGE_URL_SCHEMES: readonly string[] = ['https:', 'http:'];

/**
 * `value` resolved against `base` if it is a URL with one of `schemes`, else `undefined`.
 * `javascript:`, `data:`, `vbscript:` and anything unparsable never reach a template.
 */
export function safeUrl(
  value: unknown,
  base: string = document.baseURI,
  schemes: readonly string[] = SAFE_URL_SCHEMES,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Like `safeUrl`, for an image: `https:` and `http:` only. A `mailto:` link is no picture,
 * and a `data:` URL could be anything (an SVG with its own links) at any size.
 */
export function safeImageUrl(value: unknown, base?: string): string | undefined {
  return safeUrl(value, base, SAFE_IMAGE_URL_SCHEMES);
}
