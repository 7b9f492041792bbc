import { hashPassword } from '../src/people/password-hasher';

/** Every factory person's password (factories.ts), so a spec may still sign in for real. */
export const TEST_PASSWORD = 'factory orchard lantern 2026';

const PASSWORD_HASH_VAR = 'LADDER_TEST_PASSWORD_HASH';
let passwordHash: Promise<string> | undefined;

/** argon2 is slow on purpose: hashed once per run in globalSetup, or once per file when run without it. */
export function testPasswordHash(): Promise<string> {
  const hashed = process.env[PASSWORD_HASH_VAR];
  passwordHash ??= hashed ? Promise.resolve(hashed) : hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/** jest globalSetup: hash the factories' password once; the workers inherit it through the environment. */
export async function hashTestPasswordOnce(): Promise<void> {
  process.env[PASSWORD_HASH_VAR] = await hashPassword(TEST_PASSWORD);
}
