import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { SecondFactorRequiredError, TooManyAttemptsError } from './auth-errors';

/**
 * Answers the two auth errors that carry more than a message: `totpRequired`
 * tells the sign-in page to ask for a code, and a 429 says when to come back
 * (body and Retry-After header). Bound to the auth controllers; every other
 * error still goes to the global DomainErrorFilter, which would map these two
 * to the same status and message without the extras.
 */
@Catch(SecondFactorRequiredError, TooManyAttemptsError)
export class AuthErrorFilter implements ExceptionFilter {
  catch(exception: SecondFactorRequiredError | TooManyAttemptsError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof TooManyAttemptsError) {
      res.setHeader('Retry-After', String(exception.retryAfterSeconds));
      res.status(429).json({
        statusCode: 429,
        error: 'Too Many Requests',
        message: exception.message,
        retryAfterSeconds: exception.retryAfterSeconds,
      });
      return;
    }
    res.status(401).json({
      statusCode: 401,
      error: 'Unauthorized',
      message: exception.message,
      totpRequired: true,
      ...(exception.errors.length > 0 && { errors: exception.errors }),
    });
  }
}
