import { SAFE_URL_SCHEMES, safeUrl } from '../internal/safe-url.js';

/**
 * A small schema vocabulary that does two jobs from one description:
 * tolerant run-time validation of feed data, and the JSON Schema file shipped in the package.
 *
 * Tolerance rules (the feed contract):
 * - a required field that is missing or invalid makes its item invalid;
 * - an optional field that is invalid is dropped with a warning, and the item is kept;
 * - an invalid entry of a list is dropped with a warning naming its path, the rest is kept.
 */

export interface ValidationContext {
  /** Receives one message per dropped item or field: `"jobs[3] skipped: jobs[3].title: expected text"`. */
  warn(message: string): void;
  /** Base for relative URLs: the feed's own URL. */
  baseUrl: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: string };

type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  /** Checks `input` found at `path`, returning a cleaned value or the reason it is unusable. */
  check(input: unknown, path: string, context: ValidationContext): Result<T>;
  /** The equivalent JSON Schema fragment; named schemas are gathered into `defs`. */
  toJson(defs: Record<string, JsonSchema>): JsonSchema;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (path: string, problem: string): Result<never> => ({
  ok: false,
  problem: `${path}: ${problem}`,
});

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

const describe = (input: unknown) =>
  input === null ? 'null' : Array.isArray(input) ? 'a list' : `a ${typeof input}`;

export function stringOf(options: { pattern?: RegExp; hint?: string; format?: string } = {}): Schema<string> {
  const { pattern, hint = 'text', format } = options;
  return {
    check(input, path) {
      if (typeof input !== 'string' || input.trim() === '') {
        return fail(path, `expected ${hint}, got ${typeof input === 'string' ? 'an empty string' : describe(input)}`);
      }
      if (pattern && !pattern.test(input)) return fail(path, `expected ${hint}, got "${input.slice(0, 40)}"`);
      return ok(input);
    },
    toJson: () => ({
      type: 'string',
      minLength: 1,
      ...(pattern ? { pattern: pattern.source } : {}),
      ...(format ? { format } : {}),
    }),
  };
}

export function numberOf(): Schema<number> {
  return {
    check: (input, path) =>
      typeof input === 'number' && Number.isFinite(input) ? ok(input) : fail(path, `expected a number, got ${describe(input)}`),
    toJson: () => ({ type: 'number' }),
  };
}

export function booleanOf(): Schema<boolean> {
  return {
    check: (input, path) => (typeof input === 'boolean' ? ok(input) : fail(path, `expected true or false, got ${describe(input)}`)),
    toJson: () => ({ type: 'boolean' }),
  };
}

export function literalOf<T extends string | number>(value: T): Schema<T> {
  return {
    check: (input, path) => (input === value ? ok(value) : fail(path, `expected ${JSON.stringify(value)}, got ${JSON.stringify(input)}`)),
    toJson: () => ({ const: value }),
  };
}

/** An ISO 8601 date (`2026-12-01`) or date-time that `Date.parse` understands. */
export function dateOf(): Schema<string> {
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
  return {
    check(input, path) {
      if (typeof input !== 'string' || !shape.test(input) || Number.isNaN(Date.parse(input))) {
        return fail(path, `expected an ISO date such as "2026-12-01", got ${JSON.stringify(input)}`);
      }
      return ok(input);
    },
    toJson: () => ({ type: 'string', pattern: shape.source }),
  };
}

/**
 * A link the elements may render: resolved against the feed's URL, and only with a scheme
 * from `https:`, `http:` or `mailto:`. Anything else (`javascript:`, `data:` …) is refused.
 */
export function urlOf(): Schema<string> {
  return {
    check(input, path, context) {
      if (typeof input !== 'string' || input.trim() === '') return fail(path, `expected a URL, got ${describe(input)}`);
      const url = safeUrl(input, context.baseUrl);
      if (url) return ok(url);
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
  return {
    check(input, path, context) {
      if (typeof input === 'string') return text.check(input, path, context);
      if (!isRecord(input)) return fail(path, `expected text, got ${describe(input)}`);
      const entries = Object.entries(input).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
      );
      if (entries.length === 0) return fail(path, 'expected text in at least one language');
      if (entries.length < Object.keys(input).length) {
        context.warn(`${path}: entries that are not text were ignored`);
      }
      return ok(Object.fromEntries(entries));
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
      const values: T[] = [];
      input.forEach((entry, index) => {
        const itemPath = `${path}[${index}]`;
        const result = item.check(entry, itemPath, context);
        if (result.ok) values.push(result.value);
        else context.warn(`${itemPath} skipped: ${result.problem}`);
      });
      if (values.length < min) return fail(path, `expected at least ${min} valid ${min === 1 ? 'entry' : 'entries'}`);
      return ok(values);
    },
    toJson: (defs) => ({ type: 'array', items: item.toJson(defs), ...(min ? { minItems: min } : {}) }),
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
 * An object with the given fields. Unknown fields are left out of the result (the elements
 * never see them) but allowed by the JSON Schema, so newer feeds stay valid.
 */
export function objectOf<S extends Shape>(shape: S): Schema<ShapeValue<S>> {
  return {
    check(input, path, context) {
      if (!isRecord(input)) return fail(path, `expected an object, got ${describe(input)}`);
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const fieldPath = `${path}.${key}`;
        const isOptional = 'optional' in field;
        const raw = input[key];
        if (raw === undefined || raw === null) {
          if (isOptional) continue;
          return fail(fieldPath, 'is required');
        }
        const result = (isOptional ? field.schema : field).check(raw, fieldPath, context);
        if (result.ok) value[key] = result.value;
        else if (isOptional) context.warn(`${fieldPath} ignored: ${result.problem.slice(fieldPath.length + 2)}`);
        else return result;
      }
      return ok(value as ShapeValue<S>);
    },
    toJson(defs) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        if ('optional' in field) properties[key] = field.schema.toJson(defs);
        else {
          properties[key] = field.toJson(defs);
          required.push(key);
        }
      }
      return { type: 'object', properties, ...(required.length ? { required } : {}) };
    },
  };
}

/** Adds a cross-field check after the shape has passed. */
export function refine<T>(schema: Schema<T>, rule: (value: T, path: string) => string | undefined, json?: JsonSchema): Schema<T> {
  return {
    check(input, path, context) {
      const result = schema.check(input, path, context);
      if (!result.ok) return result;
      const problem = rule(result.value, path);
      return problem ? { ok: false, problem } : result;
    },
    toJson: (defs) => ({ ...schema.toJson(defs), ...json }),
  };
}

/** Anything at all; for fields that a `refine` rule checks. */
export function unknownOf(): Schema<unknown> {
  return { check: (input) => ok(input), toJson: () => ({}) };
}

/** Gives a schema a name in the JSON Schema's `$defs`; validation is unchanged. */
export function named<T>(name: string, schema: Schema<T>, description?: string): Schema<T> {
  return {
    check: schema.check,
    toJson(defs) {
      if (!(name in defs)) {
        defs[name] = {}; // reserve the name first: guards against recursion
        defs[name] = { ...(description ? { description } : {}), ...schema.toJson(defs) };
      }
      return { $ref: `#/$defs/${name}` };
    },
  };
}
