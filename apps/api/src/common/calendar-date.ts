const DAY_MS = 86_400_000;

/** A moment's calendar date in UTC, YYYY-MM-DD (the form every date column and DTO uses). */
export const isoDateUtc = (moment: Date): string => moment.toISOString().slice(0, 10);

/** Today's date in UTC, YYYY-MM-DD. */
export const todayUtc = (now = new Date()): string => isoDateUtc(now);

/** The date `days` days before today in UTC (negative: after), YYYY-MM-DD. */
export const daysAgoUtc = (days: number, now = new Date()): string =>
  isoDateUtc(new Date(now.getTime() - days * DAY_MS));
