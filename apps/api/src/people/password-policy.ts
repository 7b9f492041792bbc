import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** The policy as people are told it (API docs, and the web app's hint text). */
export const PASSWORD_POLICY_TEXT =
  `Use at least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters. ` +
  'It must not be a commonly used password, and must not contain the first part of your email address. ' +
  'A few unrelated words make a strong password that is easy to remember.';

export const PASSWORD_TOO_SHORT = `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
export const PASSWORD_TOO_LONG = `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
export const PASSWORD_TOO_COMMON = 'password is too common: choose something harder to guess';
export const PASSWORD_CONTAINS_EMAIL = 'password must not contain the first part of your email address';

/** Email local parts shorter than this are too short to test for (every password containing "jo" is not weak). */
const MIN_LOCAL_PART_TO_CHECK = 3;

let commonPasswords: ReadonlySet<string> | undefined;

/** The shipped list (see `common-passwords.generator.ts`), lower-cased; loaded once, on first use. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(join(__dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return commonPasswords.has(password.toLowerCase());
}

/**
 * Everything wrong with a new password, each message naming the field; empty
 * when it is acceptable. Length rules follow NIST SP 800-63B: a minimum and a
 * generous maximum, no composition rules, and a check against common passwords
 * (case-insensitive).
 */
export function passwordProblems(password: string, email: string): string[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [PASSWORD_TOO_SHORT];
  if (length > PASSWORD_MAX_LENGTH) return [PASSWORD_TOO_LONG];
  const problems: string[] = [];
  if (isCommonPassword(password)) problems.push(PASSWORD_TOO_COMMON);
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= MIN_LOCAL_PART_TO_CHECK && password.toLowerCase().includes(localPart)) {
    problems.push(PASSWORD_CONTAINS_EMAIL);
  }
  return problems;
}
