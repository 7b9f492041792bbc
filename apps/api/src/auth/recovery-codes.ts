import { createHash, randomBytes } from 'node:crypto';

/** How many single-use recovery codes a person gets when they turn on two-step verification. */
export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32, lower case: no i, l, o or u, so codes are easy to read back and type. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 16; // 16 × 5 bits = 80 random bits per code

function randomCode(): string {
  const bytes = randomBytes((CODE_LENGTH * 5) / 8);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code.match(/.{4}/g)!.join('-');
}

/** Fresh, distinct codes, formatted `abcd-efgh-jkmn-pqrs` for showing once. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCode());
  return [...codes];
}

/**
 * The code as stored-form input: case, spaces and hyphens do not matter, and
 * the letters people confuse with digits are read as Crockford says (i, l → 1;
 * o → 0). Null when it cannot be a recovery code.
 */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  if (code.length !== CODE_LENGTH || [...code].some((char) => !ALPHABET.includes(char))) return null;
  return code;
}

/**
 * What is stored. The codes carry 80 random bits, so a fast hash is enough
 * (unlike passwords, they cannot be guessed from a dictionary); the person's id
 * is mixed in so equal hashes never line up across accounts.
 */
export function hashRecoveryCode(personId: string, normalisedCode: string): string {
  return createHash('sha256').update(`${personId}:${normalisedCode}`).digest('hex');
}
