import { SAFE_URL_SCHEMES, safeUrl } from '../internal/safe-url.js';

/**
 * A small schema vocabulary that does two jobs from one description:
 * tolerant run-time validation of feed data, and the JSON Schema file shipped in the package.
 *
 * Tolerance rules (the feed contract):
 * - a required field that is missing or invalid makes its item invalid;
 * - an optional field that is invalid is dropped with a warning, and the item is kept;
 * - an invalid entry of a list is dropped with a warning naming its path, the rest is kept.
 *
 * Validation runs over every item of feeds of 10,000 jobs, so it allocates nothing when the
 * data is valid: a valid value is returned as it is (objects and lists are copied only when
 * something is dropped or rewritten), and paths are written out only for messages.
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

type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  /** The value to use (the input itself when valid and unchanged), or why it is unusable. */
  check(input: unknown, path: Path, context: ValidationContext): T | Invalid;
  /** The equivalent JSON Schema fragment; named schemas are gathered into `defs`. */
  toJson(defs: Record<string, JsonSchema>): JsonSchema;
}

const fail = (path: Path, problem: string) => new Invalid(`${path}: ${problem}`);

/** A plain object: not null, not a list. */
export const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

const describe = (input: unknown) =>
  input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'an object' : `a ${typeof input}`;

const NOT_BLANK = /\S/;

export function stringOf(options: { pattern?: RegExp; hint?: string; numbers?: boolean } = {}): Schema<string> {
  const { pattern, hint = 'text', numbers = false } = options;
  return {
    check(input, path) {
      // Ids and references are often numbers in real feeds: take them as their text.
      if (numbers && typeof input === 'number' && Number.isFinite(input)) input = String(input);
      if (typeof input !== 'string' || !NOT_BLANK.test(input)) {
        return fail(path, `expected ${hint}, got ${typeof input === 'string' ? 'an empty string' : describe(input)}`);
      }
      if (pattern && !pattern.test(input)) return fail(path, `expected ${hint}, got "${input.slice(0, 40)}"`);
      return input;
    },
    toJson: () =>
      numbers
        ? { anyOf: [{ type: 'string', minLength: 1, ...(pattern ? { pattern: pattern.source } : {}) }, { type: 'number' }] }
        : { type: 'string', minLength: 1, ...(pattern ? { pattern: pattern.source } : {}) },
  };
}

/** A code of `length` letters (`"be"` or `"BE"`), given back in upper case. */
export function codeOf(length: number, hint: string): Schema<string> {
  const shape = new RegExp(`^[A-Za-z]{${length}}$`);
  return {
    check: (input, path) =>
      typeof input === 'string' && shape.test(input) ? input.toUpperCase() : fail(path, `expected ${hint}, got ${JSON.stringify(input)}`),
    toJson: () => ({ type: 'string', pattern: shape.source }),
  };
}

export function numberOf(): Schema<number> {
  return {
    check: (input, path) =>
      typeof input === 'number' && Number.isFinite(input) ? input : fail(path, `expected a number, got ${describe(input)}`),
    toJson: () => ({ type: 'number' }),
  };
}

export function booleanOf(): Schema<boolean> {
  return {
    check: (input, path) => (typeof input === 'boolean' ? input : fail(path, `expected true or false, got ${describe(input)}`)),
    toJson: () => ({ type: 'boolean' }),
  };
}

export function literalOf<T extends string | number>(value: T): Schema<T> {
  return {
    check: (input, path) =>
      input === value ? value : fail(path, `expected ${JSON.stringify(value)}, got ${JSON.stringify(input)}`),
    toJson: () => ({ const: value }),
  };
}

/** Anything at all; for fields that a `refine` rule checks. */
export function unknownOf(): Schema<unknown> {
  return { check: (input) => input, toJson: () => ({}) };
}

/** An ISO 8601 date (`2026-12-01`) or date-time (`T` or a space between) that `Date.parse` understands. */
export function dateOf(): Schema<string> {
  const shape = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  return {
    check(input, path) {
      if (typeof input !== 'string' || !shape.test(input) || Number.isNaN(Date.parse(input))) {
        return fail(path, `expected an ISO date such as "2026-12-01", got ${JSON.stringify(input)}`);
      }
      return input;
    },
    toJson: () => ({ type: 'string', pattern: shape.source }),
  };
}

/** Plain absolute links, as nearly every feed has them: no need to parse them to know the scheme. */
const PLAIN_SAFE_URL = /^(https?:\/\/|mailto:)[^\s\x00-\x1f\\]+$/;

/**
 * A link the elements may render: resolved against the feed's URL, and only with a scheme
 * from `https:`, `http:` or `mailto:`. Anything else (`javascript:`, `data:` …) is refused.
 */
export function urlOf(): Schema<string> {
  return {
    check(input, path, context) {
      if (typeof input !== 'string' || !NOT_BLANK.test(input)) return fail(path, `expected a URL, got ${describe(input)}`);
      if (PLAIN_SAFE_URL.test(input)) return input;
      const url = safeUrl(input, context.baseUrl);
      if (url) return url;
      const scheme = /^\s*([a-z][a-z\d+.-]*:)/i.exec(input)?.[1].toLowerCase();
      return fail(
        path,
        scheme
          ? `unsafe URL scheme "${scheme}" (allowed: ${SAFE_URL_SCHEMES.join(', ')})`
          : `"${input.slice(0, 60)}" is not a URL`,
      );
    },
    toJson: () => ({
      type: 'string',
      format: 'uri-reference',
      description: 'Absolute https:, http: or mailto: URL, or a URL relative to the feed.',
      pattern: '^(?:https?:|mailto:|(?![A-Za-z][A-Za-z0-9+.-]*:))',
    }),
  };
}

/** A string, or an object of language tag → string with at least one entry. */
export function localizedTextOf(): Schema<string | Record<string, string>> {
  const text = stringOf();
  const usable = (value: unknown) => typeof value === 'string' && NOT_BLANK.test(value);
  return {
    check(input, path, context) {
      if (typeof input === 'string') return text.check(input, path, context);
      if (!isRecord(input)) return fail(path, `expected text, got ${describe(input)}`);
      let count = 0;
      let unusable = 0;
      // Own entries only: a polluted Object.prototype adds no language.
      for (const value of Object.values(input)) {
        if (usable(value)) count++;
        else unusable++;
      }
      if (count === 0) return fail(path, 'expected text in at least one language');
      if (unusable === 0) return input as Record<string, string>;
      context.warn(`${path}: entries that are not text were ignored`);
      return Object.fromEntries(Object.entries(input).filter(([, value]) => usable(value))) as Record<string, string>;
    },
    toJson: (defs) => {
      defs.LocalizedText ??= {
        description: 'Text, or a map of BCP 47 language tag to text. Rendered as text, never as HTML.',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
        ],
      };
      return { $ref: '#/$defs/LocalizedText' };
    },
  };
}

/** A list whose invalid entries are dropped one by one, each with a warning. */
export function listOf<T>(item: Schema<T>, options: { min?: number } = {}): Schema<T[]> {
  const min = options.min ?? 0;
  return {
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
    toJson: (defs) => ({ type: 'array', items: item.toJson(defs), ...(min ? { minItems: min } : {}) }),
  };
}

/**
 * A list, or a single entry standing for a list of one (`"description": "…"` as well as
 * `"description": ["…", "…"]`): feeds written by hand often do this.
 */
export function oneOrMany<T>(item: Schema<T>, options: { min?: number } = {}): Schema<T[]> {
  const list = listOf(item, options);
  return {
    check(input, path, context) {
      if (Array.isArray(input)) return list.check(input, path, context);
      const result = item.check(input, path, context);
      return isInvalid(result) ? result : [result];
    },
    toJson: (defs) => ({ anyOf: [list.toJson(defs), item.toJson(defs)] }),
  };
}

/** Marks a field of `objectOf` as optional: absent is fine, invalid is dropped with a warning. */
export interface Optional<T> {
  optional: true;
  schema: Schema<T>;
}

export const optional = <T>(schema: Schema<T>): Optional<T> => ({ optional: true, schema });

type Shape = Record<string, Schema<unknown> | Optional<unknown>>;
type ShapeValue<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Schema<infer T> ? T : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

/**
 * An object with the given fields. Unknown fields are allowed (newer feeds stay valid) and
 * ignored by the elements.
 */
export function objectOf<S extends Shape>(shape: S): Schema<ShapeValue<S>> {
  const fields = Object.entries(shape).map(([key, field]) =>
    Object.hasOwn(field, 'optional')
      ? { key, schema: (field as Optional<unknown>).schema, optional: true }
      : { key, schema: field as Schema<unknown>, optional: false },
  );
  return {
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
      return (value ?? input) as ShapeValue<S>;
    },
    toJson(defs) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const { key, schema, optional: isOptional } of fields) {
        properties[key] = schema.toJson(defs);
        if (!isOptional) required.push(key);
      }
      return { type: 'object', properties, ...(required.length ? { required } : {}) };
    },
  };
}

/** Adds a cross-field check after the shape has passed; `rule` returns a problem or nothing. */
export function refine<T>(
  schema: Schema<T>,
  rule: (value: T, path: Path, context: ValidationContext) => Invalid | undefined,
  json?: JsonSchema,
): Schema<T> {
  return {
    check(input, path, context) {
      const result = schema.check(input, path, context);
      return isInvalid(result) ? result : (rule(result, path, context) ?? result);
    },
    toJson: (defs) => ({ ...schema.toJson(defs), ...json }),
  };
}

/** Gives a schema a name in the JSON Schema's `$defs`; validation is unchanged. */
export function named<T>(name: string, schema: Schema<T>, description?: string): Schema<T> {
  return {
    check: schema.check,
    toJson(defs) {
      if (!Object.hasOwn(defs, name)) {
        defs[name] = {}; // reserve the name first: guards against recursion
        defs[name] = { ...(description ? { description } : {}), ...schema.toJson(defs) };
      }
      return { $ref: `#/$defs/${name}` };
    },
  };
}
