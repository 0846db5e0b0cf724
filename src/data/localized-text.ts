import type { LocalizedText } from './feed-types.js';

/**
 * Picks the string for `lang` from a localized text: the exact tag, then its base language,
 * then English, then the first entry. Tags compare case-insensitively (`fr-ca` finds `fr-CA`).
 */
export function resolveText(text: LocalizedText | undefined, lang: string): string {
  return pickText(text, lang).text;
}

/**
 * Like `resolveText`, and also says which language was picked when it is not `lang`'s own
 * (`{ text: 'Legal Adviser', lang: 'en' }` for a French reader), so that the text can be marked
 * with its `lang` and read out in the right voice (WCAG 3.1.2). A plain string has no `lang`.
 */
export function pickText(text: LocalizedText | undefined, lang: string): { text: string; lang?: string } {
  if (text === undefined) return { text: '' };
  if (typeof text === 'string') return { text };
  const entries = Object.entries(text);
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag);
  const [tag, value] = find(wanted) ?? find(base) ?? find('en') ?? entries[0] ?? ['', ''];
  return tag.toLowerCase().split('-')[0] === base ? { text: value } : { text: value, lang: tag };
}

/** Every language's version of a text, for searches that should match in any language. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
