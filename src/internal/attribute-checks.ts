/**
 * Validity rules for attribute values, used with `NatoElement.checkAttribute()`. Each says what
 * a valid value is, so the console message can tell the developer how to fix theirs.
 */
export interface AttributeRule<T> {
  valid(value: T): boolean;
  /** Completes "`limit="abc"` …": what the value must be, e.g. "is not a positive whole number". */
  problem: string;
}

export const positiveInteger: AttributeRule<number | undefined> = {
  valid: (value) => Number.isInteger(value) && value! > 0,
  problem: 'is not a positive whole number',
};

export const positiveMilliseconds: AttributeRule<number | undefined> = {
  valid: (value) => Number.isFinite(value) && value! > 0,
  problem: 'is not a positive number of milliseconds',
};

export const headingLevel: AttributeRule<number | undefined> = {
  valid: (value) => Number.isInteger(value) && value! >= 1 && value! <= 6,
  problem: 'must be a whole number from 1 to 6',
};

/** One of `choices`; the message lists them. */
export const oneOf = <T extends string>(choices: readonly T[]): AttributeRule<string | undefined> => ({
  valid: (value) => choices.includes(value as T),
  problem: `must be one of ${choices.map((choice) => `"${choice}"`).join(', ')}`,
});
