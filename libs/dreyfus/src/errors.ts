/**
 * Typed errors for bad input. Each names the offending field (e.g. `evidence[3].observedOn`)
 * so the API can map it straight onto a 400 response without parsing messages.
 */

/** Renders a rejected value for a message: strings quoted so `'3'` is distinguishable from `3`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

/** Some field of the progression input is malformed. */
export class InvalidInputError extends Error {
  override readonly name: string = 'InvalidInputError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** A date or datetime field is not a valid ISO 8601 calendar date (or datetime). */
export class InvalidDateError extends InvalidInputError {
  override readonly name: string = 'InvalidDateError';

  constructor(
    field: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(field, `${describeValue(value)} is not a valid ${expected}`);
  }
}
