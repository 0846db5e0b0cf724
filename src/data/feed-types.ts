/**
 * The careers feed, version 1: the contract between an endpoint and the elements.
 *
 * Field names are the public contract: new optional fields may be added, none may be renamed.
 * The run-time validator (`feed-schema.ts`) and the shipped JSON Schema
 * (`careers-feed.schema.json`) describe exactly these types.
 *
 * These are the types of validated data, as elements receive it. The validator also accepts,
 * and normalises: numbers for ids and references (made text), lower-case country codes (made
 * upper case), and a single value where a list is expected (`"description": "…"`,
 * `"locations": {…}`), which becomes a list of one.
 */

/** Human-readable text: a plain string, or a map of BCP 47 language tag to string. */
export type LocalizedText = string | { readonly [languageTag: string]: string };

/** A place: an optional city and an ISO 3166-1 alpha-2 country code (`"BE"`). */
export interface Place {
  city?: LocalizedText;
  /** ISO 3166-1 alpha-2 code, upper case. Displayed with `Intl.DisplayNames` in the reader's language. */
  country: string;
}

/** A titled block of paragraphs (a pillar of the organisation, a diversity statement …). */
export interface TextSection {
  title: LocalizedText;
  /** One or more paragraphs. */
  text: LocalizedText[];
}

export interface Organization {
  id: string;
  name: LocalizedText;
  shortName?: LocalizedText;
  /** ISO date, `YYYY-MM-DD`. */
  founded?: string;
  headquarters?: Place;
  /** `https:` address of the organisation's careers site. */
  website?: string;
  purpose?: LocalizedText;
  pillars?: TextSection[];
  /** Paragraphs describing the alliance. */
  description?: LocalizedText[];
  coreTasks?: LocalizedText[];
  values?: LocalizedText[];
  /** Paragraphs on collective defence (Article 5). */
  collectiveDefence?: LocalizedText[];
  /** Paragraphs on working at the organisation. */
  workingAt?: LocalizedText[];
  diversity?: TextSection[];
}

export type StatKind = 'number' | 'date' | 'place' | 'text';

export interface Stat {
  id: string;
  label: LocalizedText;
  /** A number for `number`, an ISO date for `date`, a `Place` for `place`, text for `text`. */
  value: number | string | Place | LocalizedText;
  kind: StatKind;
  /** Shown as "about …" / "environ …". */
  approximate?: boolean;
}

/** Known contract types get translated labels; any other string is shown as given. */
export type ContractType =
  | 'definite-duration'
  | 'indefinite-duration'
  | 'temporary'
  | 'internship'
  | 'secondment'
  | 'consultancy'
  | (string & {});

export type WorkplaceType = 'onsite' | 'hybrid' | 'remote' | (string & {});

export interface Job {
  id: string;
  /** The vacancy reference shown to applicants, e.g. `"IS-JIS-2026-014"`. */
  reference?: string;
  title: LocalizedText;
  /** The NATO body, e.g. `"NATO International Staff"`, `"NSPA"`. */
  organization?: LocalizedText;
  unit?: LocalizedText;
  /** NATO civilian grade, e.g. `"B-3"`, `"A-2"`. */
  grade?: string;
  /** Where the job is; may be left out for remote jobs. */
  locations?: Place[];
  contractType?: ContractType;
  workplaceType?: WorkplaceType;
  /** ISO date or date-time. */
  postedAt?: string;
  /** ISO date or date-time; a date alone means the end of that day. Closed jobs are not shown. */
  closingAt?: string;
  /** `https:`, `http:` or `mailto:` only; other schemes are dropped with a warning. */
  applyUrl?: string;
  summary?: LocalizedText;
  /** Paragraphs. */
  description?: LocalizedText[];
  requirements?: LocalizedText[];
  eligibility?: LocalizedText;
  /** True for sample vacancies that are not real openings. */
  illustrative?: boolean;
}

export interface Photo {
  url: string;
  alt: LocalizedText;
}

export interface Spotlight {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-3 code, e.g. `"ALB"`. */
  nationality?: string;
  role: LocalizedText;
  organization?: LocalizedText;
  unit?: LocalizedText;
  quote?: LocalizedText;
  /** Paragraphs. */
  story?: LocalizedText[];
  photo?: Photo;
}

export interface Benefit {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** A name from the library's icon set (`flexible`, `leave`, `health` …); unknown names show no icon. */
  icon?: string;
  category?: LocalizedText;
}

export interface CareersFeed {
  version: 1;
  /**
   * BCP 47 tag of the language of the feed's plain strings (text that is not a map of language
   * to text), e.g. `"en"` or `"fr-BE"`. Default `"en"`. Elements mark such text with this
   * `lang` when it differs from the page's language.
   */
  lang?: string;
  /** Where people find every vacancy (an `https:` page): "see all" and empty-state links. */
  careersUrl?: string;
  /** ISO date or date-time the feed was produced. */
  generatedAt?: string;
  organization?: Organization;
  stats?: Stat[];
  jobs?: Job[];
  spotlights?: Spotlight[];
  benefits?: Benefit[];
}

/** The sections of the feed that are lists of items. */
export type FeedSection = 'jobs' | 'stats' | 'spotlights' | 'benefits';
