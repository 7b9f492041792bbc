/** Today's date in UTC, YYYY-MM-DD: the API decides "current" by UTC dates. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `2026-03-05` → `5 March 2026` (the NHS.UK style for dates). */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsOf(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Day, month and year as typed → `YYYY-MM-DD`, or null when they are not a real date. */
export function isoFromParts({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `2026-01-05` → `5 1 2026`, the way the NHS.UK date input gives an example. */
export function exampleDate(iso: string): string {
  const { day, month, year } = partsOf(iso);
  return `${day} ${month} ${year}`;
}

/** The NHS.UK date input's value (any part may be missing) as day, month and year, missing parts empty. */
export function datePartsFrom(value: Partial<DateParts> | undefined): DateParts {
  return { day: '', month: '', year: '', ...value };
}
