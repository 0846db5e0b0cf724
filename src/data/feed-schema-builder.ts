import { SAFE_URL_SCHEMES, safeUrl } from '../internal/safe-url.js';

/**
 * A small schema vocabulary for tolerant run-time validation of feed data.
 *
 * Each schema is a `check` function plus a plain description of itself (`kind` and its data:
 * pattern, fields, item …). The description is data, not code: `feed-json-schema.ts` turns it
 * into the JSON Schema shipped in the package, and browser code never carries that generator.
 *
 * Tolerance rules (the feed contract):
 * - a required field that is missing or invalid makes its item invalid;
 * - an optional field that is invalid is dropped with a warning, and the item is kept;
 * - an invalid entry of a list is dropped with a warning naming its path, the rest is kept.
 *
 * Validation runs over every item of feeds of 10,000 jobs, so it allocates nothing when the
 * data is valid: a valid value is returned as it is (objects and lists are copied only when
 * something is dropped or rewritten), and paths are written out only for messages.
 *
 * Schemas are built once, at module evaluation, and marked pure: a bundle keeps only those the
 * readers it imports use.
 */

export interface ValidationContext {
  /** Receives one message per dropped item or field: `"jobs[3] skipped: jobs[3].title: expected text"`. */
  warn(message: string): void;
  /** Base for relative URLs: the feed's own URL. */
  baseUrl: string;
}

/** Where a check is: a stack of keys and indexes, spelled out only when a message needs it. */
export class Path {
  private readonly parts: (string | number)[];

  constructor(...parts: (string | number)[]) {
    this.parts = parts;
  }

  /** Goes one level deeper; checks never throw, so every `push` meets its `pop`. */
  push(part: string | number): void {
    this.parts.push(part);
  }

  pop(): void {
    this.parts.pop();
  }

  /** Runs `task` one level deeper, at `part` (for messages, off the hot path). */
  at<T>(part: string | number, task: () => T): T {
    this.push(part);
    const result = task();
    this.pop();
    return result;
  }

  toString(): string {
    return this.parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
  }
}

/** Why a value is unusable; `problem` starts with the path. */
export class Invalid {
  constructor(readonly problem: string) {}
}

export const isInvalid = (value: unknown): value is Invalid => value instanceof Invalid;

/** A field of an object schema. */
export interface Field {
  key: string;
  schema: Schema<unknown>;
  optional: boolean;
}

/** What a schema accepts, as data (for the JSON Schema generator and for people reading it). */
export type Description =
  | { kind: 'string'; pattern?: RegExp; numbers: boolean }
  | { kind: 'code' | 'date'; pattern: RegExp }
  | { kind: 'number' | 'boolean' | 'unknown' | 'text' }
  | { kind: 'url'; schemes: readonly string[] }
  | { kind: 'literal'; value: string | number }
  | { kind: 'list' | 'oneOrMany'; item: Schema<unknown>; min: number }
  | { kind: 'object'; fields: readonly Field[] }
  | { kind: 'refine'; schema: Schema<unknown> }
  | { kind: 'named'; name: string; schema: Schema<unknown> };

export type Schema<T> = Description & {
  /** The value to use (the input itself when valid and unchanged), or why it is unusable. */
  check(input: unknown, path: Path, context: ValidationContext): T | Invalid;
};

const fail = (path: Path, problem: string) => new Invalid(`${path}: ${problem}`);

/** A plain object: not null, not a list. */
export const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

const describe = (input: unknown) =>
  input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'an object' : `a ${typeof input}`;

const NOT_BLANK = /\S/;

/**
 * Text that is not blank, matching `pattern` if given; `hint` says what is expected.
 * With `numbers`, a finite number is taken as its text (ids and references often are numbers).
 */
export function stringOf(pattern?: RegExp, hint = 'text', numbers = false): Schema<string> {
  return {
    kind: 'string',
    pattern,
    numbers,
    check(input, path) {
      if (numbers && typeof input === 'number' && Number.isFinite(input)) input = String(input);
      if (typeof input !== 'string' || !NOT_BLANK.test(input)) {
        return fail(path, `expected ${hint}, got ${typeof input === 'string' ? 'an empty string' : describe(input)}`);
      }
      if (pattern && !pattern.test(input)) return fail(path, `expected ${hint}, got "${input.slice(0, 40)}"`);
      return input;
    },
  };
}

/** A code of `length` letters (`"be"` or `"BE"`), given back in upper case. */
export function codeOf(length: number, hint: string): Schema<string> {
  const pattern = new RegExp(`^[A-Za-z]{${length}}$`);
  return {
    kind: 'code',
    pattern,
    check: (input, path) =>
      typeof input === 'string' && pattern.test(input) ? input.toUpperCase() : fail(path, `expected ${hint}, got ${JSON.stringify(input)}`),
  };
}

export function numberOf(): Schema<number> {
  return {
    kind: 'number',
    check: (input, path) =>
      typeof input === 'number' && Number.isFinite(input) ? input : fail(path, `expected a number, got ${describe(input)}`),
  };
}

export function booleanOf(): Schema<boolean> {
  return {
    kind: 'boolean',
    check: (input, path) => (typeof input === 'boolean' ? input : fail(path, `expected true or false, got ${describe(input)}`)),
  };
}

export function literalOf<T extends string | number>(value: T): Schema<T> {
  return {
    kind: 'literal',
    value,
    check: (input, path) =>
      input === value ? value : fail(path, `expected ${JSON.stringify(value)}, got ${JSON.stringify(input)}`),
  };
}

/** Anything at all; for fields that a `refine` rule checks. */
export function unknownOf(): Schema<unknown> {
  return { kind: 'unknown', check: (input) => input };
}

/** An ISO 8601 date (`2026-12-01`) or date-time (`T` or a space between) that `Date.parse` understands. */
export function dateOf(): Schema<string> {
  const pattern = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  return {
    kind: 'date',
    pattern,
    check(input, path) {
      if (typeof input !== 'string' || !pattern.test(input) || Number.isNaN(Date.parse(input))) {
        return fail(path, `expected an ISO date such as "2026-12-01", got ${JSON.stringify(input)}`);
      }
      return input;
    },
  };
}

/** Plain absolute links, as nearly every feed has them: no need to parse them to know the scheme. */
const PLAIN_WEB_URL = /^https?:\/\/[^\s\x00-\x1f\\]+$/;
const PLAIN_MAIL_URL = /^mailto:[^\s\x00-\x1f\\]+$/;

/**
 * A URL the elements may render: resolved against the feed's URL, and only with one of
 * `schemes` (a link: `https:`, `http:` or `mailto:`; an image: `https:` or `http:`).
 * Anything else (`javascript:`, `data:` …) is refused.
 */
export function urlOf(schemes: readonly string[] = SAFE_URL_SCHEMES): Schema<string> {
  const mail = schemes.includes('mailto:');
  return {
    kind: 'url',
    schemes,
    check(input, path, context) {
      if (typeof input !== 'string' || !NOT_BLANK.test(input)) return fail(path, `expected a URL, got ${describe(input)}`);
      if (PLAIN_WEB_URL.test(input) || (mail && PLAIN_MAIL_URL.test(input))) return input;
      const url = safeUrl(input, context.baseUrl, schemes);
      if (url) return url;
      const scheme = /^\s*([a-z][a-z\d+.-]*:)/i.exec(input)?.[1].toLowerCase();
      return fail(
        path,
        scheme ? `unsafe URL scheme "${scheme}" (allowed: ${schemes.join(', ')})` : `"${input.slice(0, 60)}" is not a URL`,
      );
    },
  };
}

/** A string, or an object of language tag → string with at least one entry. */
export function localizedTextOf(): Schema<string | Record<string, string>> {
  const usable = (value: unknown) => typeof value === 'string' && NOT_BLANK.test(value);
  return {
    kind: 'text',
    check(input, path, context) {
      if (typeof input === 'string') return usable(input) ? input : fail(path, 'expected text, got an empty string');
      if (!isRecord(input)) return fail(path, `expected text, got ${describe(input)}`);
      // Own entries only: a polluted Object.prototype adds no language.
      const values = Object.values(input);
      const count = values.filter(usable).length;
      if (count === 0) return fail(path, 'expected text in at least one language');
      if (count === values.length) return input as Record<string, string>;
      context.warn(`${path}: entries that are not text were ignored`);
      return Object.fromEntries(Object.entries(input).filter(([, value]) => usable(value))) as Record<string, string>;
    },
  };
}

/** A list whose invalid entries are dropped one by one, each with a warning. */
export function listOf<T>(item: Schema<T>, min = 0): Schema<T[]> {
  return {
    kind: 'list',
    item,
    min,
    check(input, path, context) {
      if (!Array.isArray(input)) return fail(path, `expected a list, got ${describe(input)}`);
      // Warnings about parts of an entry are printed only if the entry is kept: a dropped entry
      // gets one warning, saying why.
      const pending: string[] = [];
      const entryContext: ValidationContext = { baseUrl: context.baseUrl, warn: (message) => pending.push(message) };
      let firstProblem: string | undefined;
      let values: T[] | undefined; // a copy, made only once an entry differs from the input
      for (let index = 0; index < input.length; index++) {
        // A hole in a sparse list is an absent entry, not whatever Object.prototype holds at that index.
        const entry: unknown = Object.hasOwn(input, index) ? input[index] : undefined;
        path.push(index);
        const result = item.check(entry, path, entryContext);
        path.pop();
        if (isInvalid(result)) pending.length = 0;
        else if (pending.length > 0) pending.splice(0).forEach((message) => context.warn(message));
        if (result === entry && !values) continue;
        values ??= input.slice(0, index) as T[];
        if (isInvalid(result)) {
          firstProblem ??= result.problem;
          path.at(index, () => context.warn(`${path} skipped: ${result.problem}`));
        } else values.push(result);
      }
      const list = values ?? (input as T[]);
      if (list.length < min) {
        return fail(path, `expected at least ${min} valid ${min === 1 ? 'entry' : 'entries'}${firstProblem ? ` (${firstProblem})` : ''}`);
      }
      return list;
    },
  };
}

/**
 * A list, or a single entry standing for a list of one (`"description": "…"` as well as
 * `"description": ["…", "…"]`): feeds written by hand often do this.
 */
export function oneOrMany<T>(item: Schema<T>, min = 0): Schema<T[]> {
  const list = listOf(item, min);
  return {
    kind: 'oneOrMany',
    item,
    min,
    check(input, path, context) {
      if (Array.isArray(input)) return list.check(input, path, context);
      const result = item.check(input, path, context);
      return isInvalid(result) ? result : [result];
    },
  };
}

type Shape = Record<string, Schema<unknown>>;
type ShapeValue<S extends Shape> = { [K in keyof S]: S[K] extends Schema<infer T> ? T : never };

/**
 * An object with `required` fields and `optional` ones (absent is fine; invalid is dropped with
 * a warning). Fields are checked in that order. Unknown fields are allowed (newer feeds stay
 * valid) and ignored by the elements.
 */
export function objectOf<R extends Shape, O extends Shape = {}>(
  required: R,
  optional?: O,
): Schema<ShapeValue<R> & Partial<ShapeValue<O>>> {
  const fields: Field[] = [
    ...Object.entries(required).map(([key, schema]) => ({ key, schema, optional: false })),
    ...Object.entries(optional ?? {}).map(([key, schema]) => ({ key, schema, optional: true })),
  ];
  return {
    kind: 'object',
    fields,
    check(input, path, context) {
      if (!isRecord(input)) return fail(path, `expected an object, got ${describe(input)}`);
      let value: Record<string, unknown> | undefined; // a copy, made only when a field changes
      for (const { key, schema, optional: isOptional } of fields) {
        // Own fields only: a page that polluted Object.prototype cannot add fields to a feed.
        const raw = Object.hasOwn(input, key) ? input[key] : undefined;
        if (raw === undefined || raw === null) {
          if (isOptional) {
            if (raw === null) (value ??= { ...input })[key] = undefined;
            continue;
          }
          return path.at(key, () => fail(path, 'is required'));
        }
        path.push(key);
        const result = schema.check(raw, path, context);
        path.pop();
        if (result === raw) continue;
        if (!isInvalid(result)) (value ??= { ...input })[key] = result;
        else if (!isOptional) return result;
        else {
          path.at(key, () => {
            const own = `${path}: `;
            context.warn(`${path} ignored: ${result.problem.startsWith(own) ? result.problem.slice(own.length) : result.problem}`);
          });
          (value ??= { ...input })[key] = undefined;
        }
      }
      return (value ?? input) as ShapeValue<R> & Partial<ShapeValue<O>>;
    },
  };
}

/** Adds a cross-field check after the shape has passed; `rule` returns a problem or nothing. */
export function refine<T>(
  schema: Schema<T>,
  rule: (value: T, path: Path, context: ValidationContext) => Invalid | undefined,
): Schema<T> {
  return {
    kind: 'refine',
    schema,
    check(input, path, context) {
      const result = schema.check(input, path, context);
      return isInvalid(result) ? result : (rule(result, path, context) ?? result);
    },
  };
}

/** Gives a schema a name (a `$defs` entry of the JSON Schema); validation is unchanged. */
export function named<T>(name: string, schema: Schema<T>): Schema<T> {
  return { kind: 'named', name, schema, check: schema.check };
}
