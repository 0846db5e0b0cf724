/**
 * Schema parts that several sections of the feed share. Each section's schema has its own
 * module (`job-schema.ts` …), so that a bundle holds only the sections its readers use; every
 * schema is built once, by calls marked pure, so that bundlers may drop the unused ones.
 */
import { codeOf, localizedTextOf, named, objectOf, oneOrMany, stringOf } from './feed-schema-builder.js';

export const text = /* @__PURE__ */ localizedTextOf();
/** Paragraphs: a list of texts, or one text. */
export const paragraphs = /* @__PURE__ */ oneOrMany(text, 1);
export const texts = /* @__PURE__ */ oneOrMany(text);
export const id = /* @__PURE__ */ stringOf(/^[\w.:-]+$/, 'an id of letters, digits, ".", ":", "_" or "-"', true);

export const place = /* @__PURE__ */ named(
  'Place',
  /* @__PURE__ */ objectOf(
    { country: /* @__PURE__ */ codeOf(2, 'an ISO 3166-1 alpha-2 country code such as "BE"') },
    { city: text },
  ),
);

export const textSection = /* @__PURE__ */ named('TextSection', /* @__PURE__ */ objectOf({ title: text, text: paragraphs }));

/** A well-formed BCP 47 language tag, as far as a pattern can tell (`en`, `fr-BE`, `zh-Hant-TW`). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
