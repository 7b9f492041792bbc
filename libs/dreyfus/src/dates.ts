import { InvalidDateError } from './errors';

/**
 * Calendar arithmetic on ISO strings. Every date is a UTC calendar date, `YYYY-MM-DD`.
 *
 * Once validated, ISO dates compare correctly as plain strings (fixed width, most significant
 * field first), so the engine never builds `Date` objects for them: with 200,000 observations
 * per organisation run, string comparison is both cheaper and timezone-proof.
 */

const MS_PER_DAY = 86_400_000;

/** Digit value of the char at `i`, or -1 when it is not 0–9. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Two digits at `i` as a number, or -1. Unrolled: this runs several times per evidence item. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function four(s: string, i: number): number {
  const hi = two(s, i);
  const lo = two(s, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `s` is at offset 0 a well-formed and real calendar date (not 2025-02-29, not in the year 0). */
function hasDateAt(s: string): boolean {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = four(s, 0);
  const month = two(s, 5);
  const day = two(s, 8);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && hasDateAt(value);
}

/** Validates an ISO calendar date (`YYYY-MM-DD`) and returns it unchanged. */
export function parseIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) throw new InvalidDateError(field, value, 'ISO date (YYYY-MM-DD)');
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Milliseconds since the epoch at 00:00 UTC on a validated ISO date. */
export function isoDateStartMs(date: string): number {
  return daysFromCivil(four(date, 0), two(date, 5), two(date, 8)) * MS_PER_DAY;
}

/**
 * Validates an ISO 8601 datetime and returns epoch milliseconds. Accepted:
 * `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]`; no offset means UTC (all Ladder times are UTC).
 * Hand-parsed rather than `Date.parse`, which is lenient (it accepts "2026-02-30") and slower.
 */
export function parseIsoDateTime(value: unknown, field: string): number {
  const ms = typeof value === 'string' ? isoDateTimeMs(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new InvalidDateError(field, value, 'ISO datetime (e.g. 2026-02-01T10:30:00Z)');
  }
  return ms;
}

function isoDateTimeMs(s: string): number {
  if (s.length < 16 || !hasDateAt(s) || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58) {
    return Number.NaN;
  }
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (s.charCodeAt(i) === 58 /* : */) {
    second = two(s, i + 1);
    if (second < 0 || second > 59) return Number.NaN;
    i += 3;
    if (s.charCodeAt(i) === 46 /* . */) {
      const start = ++i;
      let scale = 100;
      while (digit(s, i) >= 0) {
        millis += digit(s, i) * scale;
        scale /= 10;
        i++;
      }
      if (i === start || i - start > 9) return Number.NaN;
      millis = Math.floor(millis);
    }
  }
  let offsetMinutes = 0;
  if (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 90 /* Z */ && i + 1 === s.length) {
      // UTC
    } else if ((c === 43 || c === 45) /* + - */ && i + 6 === s.length && s.charCodeAt(i + 3) === 58) {
      const oh = two(s, i + 1);
      const om = two(s, i + 4);
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
      offsetMinutes = (c === 45 ? -1 : 1) * (oh * 60 + om);
    } else {
      return Number.NaN;
    }
  }
  return isoDateStartMs(s) + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The same day of the month `months` calendar months earlier; when that month is shorter, the
 * last day of that month (2026-08-31 minus 18 months → 2025-02-28). The result never decreases
 * as `date` increases, which keeps "currency" monotonic in the as-of date.
 */
export function subtractMonths(date: string, months: number): string {
  const total = four(date, 0) * 12 + (two(date, 5) - 1) - months;
  if (total < 0) return '0000-01-01';
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return formatIsoDate(year, month, Math.min(two(date, 8), daysInMonth(year, month)));
}

/** The date `days` days after (or before, when negative) a validated ISO date. */
export function addDays(date: string, days: number): string {
  // Civil-from-days (Hinnant), the inverse of daysFromCivil.
  const z = isoDateStartMs(date) / MS_PER_DAY + days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * Whole years completed between two validated ISO dates, calendar-exact: the count goes up on the
 * anniversary itself (2024-03-15 → 2026-03-14 is 1, → 2026-03-15 is 2). A 29 February start
 * completes its years on 1 March in common years. Negative spans count as 0.
 */
export function completedYears(from: string, to: string): number {
  if (to <= from) return 0;
  let years = four(to, 0) - four(from, 0);
  // Compare MM-DD as strings: before the anniversary within the year, one fewer year is complete.
  if (to.slice(5) < from.slice(5)) years--;
  return years;
}
