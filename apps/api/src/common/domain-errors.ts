/**
 * Typed errors that services throw; {@link DomainErrorFilter} maps them to HTTP.
 * Messages are written for the person using Ladder and never contain secrets.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
}

/**
 * An access check said no. Inside the caller's organisation that is a 403;
 * for a record outside it, {@link NotVisibleError}'s 404, so nothing leaks
 * that the record exists. Both are written to the audit log.
 */
export class ForbiddenError extends DomainError {
  readonly status: number = 403;
  constructor(
    message: string,
    readonly target: { type: string; id?: string | null } = { type: 'unknown' },
  ) {
    super(message);
  }
}

/**
 * A record outside the caller's organisation: answered exactly like a record that does not exist,
 * with `answer` — 'Not found', or the message the route gives a missing record of that kind.
 */
export class NotVisibleError extends ForbiddenError {
  override readonly status: number = 404;
  constructor(
    message: string,
    target?: { type: string; id?: string | null },
    readonly answer = 'Not found',
  ) {
    super(message, target);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
}

/** Bad input: `errors` name each field that is wrong. */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  constructor(
    message: string,
    readonly errors: string[] = [message],
  ) {
    super(message);
  }
}
