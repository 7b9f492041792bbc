import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Double-submit CSRF protection: the token is in a cookie (readable by the
 * page's own script) and must be echoed in the X-CSRF-Token header of every
 * state-changing request. Another site can make the browser send the cookie,
 * but cannot read it to set the header.
 */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfTokensMatch(cookieToken: string | undefined, headerToken: string | undefined): boolean {
  if (!cookieToken || !headerToken) return false;
  const a = Buffer.from(cookieToken);
  const b = Buffer.from(headerToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
