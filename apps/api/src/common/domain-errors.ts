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

export class ForbiddenError extends DomainError {
  readonly status = 403;
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
