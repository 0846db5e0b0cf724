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
 * with its `lang` and read out in the right voice (WCAG 3.1.2). A plain string is in
 * `plainLang` (the feed's `lang`, English by default): it is marked when that language is not
 * the reader's.
 */
export function pickText(
  text: LocalizedText | undefined,
  lang: string,
  plainLang = 'en',
): { text: string; lang?: string } {
  if (text === undefined) return { text: '' };
  const base = baseLanguage(lang);
  if (typeof text === 'string') return baseLanguage(plainLang) === base ? { text } : { text, lang: plainLang };
  const entries = Object.entries(text);
  const wanted = lang.toLowerCase();
  const find = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag);
  const [tag, value] = find(wanted) ?? find(base) ?? find('en') ?? entries[0] ?? ['', ''];
  return baseLanguage(tag) === base ? { text: value } : { text: value, lang: tag };
}

/** `fr` for `fr-BE`, in lower case. */
const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

/** Every language's version of a text, for searches that should match in any language. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
