/**
 * Small type guards shared by the hand-written validators. Inputs arrive as
 * `unknown` (JSON from files, uploads or other systems), so every check
 * narrows before it reads.
 */

export type UnknownRecord = Record<string, unknown>;

/** A plain JSON-style object (not null, not an array). */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with at least one non-whitespace character. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** An integer (safe range), positive or not. */
export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** An ISO 8601 date-time with a time zone, e.g. `2021-03-01T00:00:00Z`. */
export function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/**
 * An ISO 8601 calendar date `YYYY-MM-DD`; with `reduced`, also the reduced
 * precisions `YYYY-MM` and `YYYY` (sources are sometimes dated only that far).
 */
export function isIsoDate(value: unknown, reduced = false): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return reduced;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return reduced;
  const day = Number(d);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
