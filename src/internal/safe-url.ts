/** The only schemes an element ever puts in an `href` or `src`. */
export const SAFE_URL_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:'];

/**
 * `value` resolved against `base` if it is a URL with a safe scheme, else `undefined`.
 * `javascript:`, `data:`, `vbscript:` and anything unparsable never reach a template.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return SAFE_URL_SCHEMES.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
