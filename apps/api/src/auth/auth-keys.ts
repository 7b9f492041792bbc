import { hkdfSync } from 'node:crypto';

/** Injection token for {@link AuthKeys}. */
export const AUTH_KEYS = Symbol('AUTH_KEYS');

/**
 * Keys derived from SECRETS_KEY with HKDF, one per purpose, so no key is ever
 * used for two things.
 */
export interface AuthKeys {
  /** AES-256-GCM key for authenticator-app secrets at rest. */
  totpSecrets: Buffer;
  /** HMAC key that turns emails and IP addresses into sign-in throttle keys, so none is stored readable. */
  throttleKeys: Buffer;
}

export function deriveAuthKeys(secretsKey: Buffer): AuthKeys {
  const derive = (purpose: string): Buffer =>
    Buffer.from(hkdfSync('sha256', secretsKey, Buffer.alloc(0), `ladder/${purpose}/v1`, 32));
  return { totpSecrets: derive('totp-secrets'), throttleKeys: derive('throttle-keys') };
}
