import { DomainError } from '../common/domain-errors';

/** The one answer for every failed sign-in, so nobody can tell which emails have accounts. */
export const SIGN_IN_FAILED = 'The email address or password is not right';

/** The answer when the password was right but the account's second factor is missing or wrong. */
export const SECOND_FACTOR_NEEDED = 'Enter the 6-digit code from your authenticator app';

export class SignInFailedError extends DomainError {
  readonly status = 401;
  constructor() {
    super(SIGN_IN_FAILED);
  }
}

/**
 * The password was right and the account has two-step verification on: a code
 * from the authenticator app (or a recovery code) is needed. Said only after
 * the password matched, so it reveals nothing about other accounts.
 * `errors` names the field when a code was given but was wrong or already used.
 */
export class SecondFactorRequiredError extends DomainError {
  readonly status = 401;
  constructor(readonly errors: string[] = []) {
    super(SECOND_FACTOR_NEEDED);
  }
}

/** Too many attempts in a throttle window; `retryAfterSeconds` is when the window ends. */
export class TooManyAttemptsError extends DomainError {
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
