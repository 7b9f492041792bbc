import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time link tokens (invitations, password resets): 32 random bytes in
 * base64url. The link carries the token; the database stores only its
 * SHA-256, so a copy of the database cannot be used to open a link.
 */
export interface OneTimeToken {
  token: string;
  tokenHash: string;
}

export const hashOneTimeToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function newOneTimeToken(): OneTimeToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashOneTimeToken(token) };
}

/** 32 bytes in base64url are 43 characters; anything else cannot be a token, so needs no database look-up. */
export const isWellFormedToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
