/**
 * Errors that mean PostgreSQL cannot be reached (down, restarting, refusing connections, or the
 * connection dropped), as opposed to a query it refused. They become a 503 with Retry-After, and
 * the pool reconnects by itself once the server is back.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  // PostgreSQL's class 08 (connection exception) and 57P01–57P03 (shutting down, crashed, starting up).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
  '57P01',
  '57P02',
  '57P03',
]);

/** node-postgres's own messages for a connection lost or never made; they carry no code. */
const UNREACHABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error/,
];

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Ladder cannot reach its database just now, so nothing was read or saved. Try again in a minute.';

/** Seconds a client is asked to wait (Retry-After) before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

export function isDatabaseUnavailable(error: unknown): boolean {
  // Not `instanceof Error`: errors made by Node's own socket code may come from another realm (a test's VM).
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, driverError, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // TypeORM wraps the driver's error; Node wraps several failed connection attempts in an AggregateError.
  if (driverError !== undefined && isDatabaseUnavailable(driverError)) return true;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isDatabaseUnavailable);
}
