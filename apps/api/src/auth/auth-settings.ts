/** Session lifetimes (issue: idle 30 min, absolute 12 h). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, to keep reads cheap. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export const CSRF_HEADER = 'x-csrf-token';

/** In production the cookies are Secure and `__Host-` prefixed (bound to this host, path /). */
export function cookieNames(secure: boolean): { session: string; csrf: string } {
  return secure
    ? { session: '__Host-ladder_session', csrf: '__Host-ladder_csrf' }
    : { session: 'ladder_session', csrf: 'ladder_csrf' };
}
