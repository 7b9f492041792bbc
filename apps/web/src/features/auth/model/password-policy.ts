import { schemaLimits } from '../../../lib/api/schema.gen';
import type { FormProblem } from '../../../lib/field-errors';

/** The API's policy (from its OpenAPI document), as people are told it before they choose. */
export const PASSWORD_MIN_LENGTH = schemaLimits.NewPasswordDto.password.minLength;
export const PASSWORD_MAX_LENGTH = schemaLimits.NewPasswordDto.password.maxLength;

export const PASSWORD_HINT =
  `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long and must not be a commonly used password ` +
  'or contain the first part of your email address. A few unrelated words make a strong password that is easy to remember.';

/** The checks the page can make before asking the API, which checks the rest (common passwords, the email). */
export function checkNewPassword(password: string, inputId: string): FormProblem[] {
  const length = [...password].length;
  if (length === 0) return [{ field: inputId, message: 'Enter a password' }];
  if (length < PASSWORD_MIN_LENGTH) {
    return [{ field: inputId, message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters` }];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [{ field: inputId, message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters` }];
  }
  return [];
}
