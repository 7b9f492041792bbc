import { addDays, completedYears, isIsoDate, parseIsoDate, parseIsoDateTime, subtractMonths } from './dates';
import { InvalidDateError } from './errors';

describe('ISO dates', () => {
  it.each(['2026-03-15', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01'])('accepts %s', (date) => {
    expect(parseIsoDate(date, 'd')).toBe(date);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-15',
    '26-01-15',
    '2026/01/15',
    '2026-01-15T00:00:00Z',
    ' 2026-01-15',
    '',
    // There is no year 0 in the Gregorian calendar (1 BC is followed by AD 1), and PostgreSQL refuses it.
    '0000-01-05',
    '0000-02-29',
  ])('rejects %j naming the field', (date) => {
    expect(() => parseIsoDate(date, 'asOf')).toThrow(InvalidDateError);
    expect(() => parseIsoDate(date, 'asOf')).toThrow(`asOf: ${JSON.stringify(date)} is not a valid ISO date`);
  });

  it('rejects non-strings', () => {
    expect(isIsoDate(20260315)).toBe(false);
    expect(() => parseIsoDate(null, 'experienceStartDate')).toThrow('experienceStartDate: null is not');
  });
});

describe('ISO datetimes', () => {
  it.each([
    '2026-02-01T10:00:00Z',
    '2026-02-01T10:00:00.123Z',
    '2026-02-01T10:00:00.1Z',
    '2026-02-01T10:00:00.123456789Z',
    '2026-02-01T10:00:00+01:00',
    '2026-02-01T00:30:00-05:30',
    '2026-02-01T10:00Z',
    '2024-02-29T23:59:59.999Z',
  ])('reads %s as the same instant as Date.parse', (value) => {
    expect(parseIsoDateTime(value, 't')).toBe(Date.parse(value));
  });

  it('treats a datetime without an offset as UTC', () => {
    expect(parseIsoDateTime('2026-02-01T10:00:00', 't')).toBe(Date.UTC(2026, 1, 1, 10));
  });

  it.each([
    '2026-02-01',
    '2026-02-30T10:00:00Z',
    '2026-02-01T24:00:00Z',
    '2026-02-01T10:60:00Z',
    '2026-02-01T10:00:60Z',
    '2026-02-01 10:00:00Z',
    '2026-02-01T10:00:00ZZ',
    '2026-02-01T10:00:00.Z',
    '2026-02-01T10:00:00+0100',
    '2026-02-01T10:00:00+01',
    'yesterday',
  ])('rejects %j naming the field', (value) => {
    expect(() => parseIsoDateTime(value, 'evidence[0].signedOffAt')).toThrow(
      `evidence[0].signedOffAt: ${JSON.stringify(value)} is not a valid ISO datetime`,
    );
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-15', 18, '2024-09-15'],
    ['2026-03-15', 12, '2025-03-15'],
    ['2026-08-31', 18, '2025-02-28'],
    ['2026-02-28', 24, '2024-02-28'],
    ['2024-08-31', 6, '2024-02-29'],
    ['2026-01-31', 1, '2025-12-31'],
    ['2026-03-31', 1, '2026-02-28'],
  ])('%s minus %i months is %s', (date, months, expected) => {
    expect(subtractMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2024-03-15', '2026-03-14', 1],
    ['2024-03-15', '2026-03-15', 2],
    ['2024-03-15', '2026-03-16', 2],
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
    ['2020-02-29', '2024-02-29', 4],
    ['2026-03-15', '2026-03-15', 0],
    ['2027-01-01', '2026-03-15', 0],
  ])('completed years from %s to %s: %i', (from, to, years) => {
    expect(completedYears(from, to)).toBe(years);
  });

  it('adds days across months, years and leap days like Date does', () => {
    for (const [from, days] of [
      ['2024-02-28', 1],
      ['2024-02-28', 2],
      ['2025-12-31', 1],
      ['2026-03-15', -547],
      ['1970-01-01', -1],
      ['2000-01-01', 3653],
    ] as const) {
      const expected = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      expect(addDays(from, days)).toBe(expected);
    }
  });
});
