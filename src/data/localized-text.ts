import type { LocalizedText } from './feed-types.js';

/**
 * Picks the string for `lang` from a localized text: the exact tag, then its base language,
 * then English, then the first entry. Tags compare case-insensitively (`fr-ca` finds `fr-CA`).
 */
export function resolveText(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text);
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag)?.[1];
  return find(wanted) ?? find(base) ?? find('en') ?? entries[0]?.[1] ?? '';
}

/** Every language's version of a text, for searches that should match in any language. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
