import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { PossibleIdentifiersError } from './observation-errors';

/**
 * Answers a {@link PossibleIdentifiersError} with its list of fields and kinds, which the global
 * DomainErrorFilter would drop. Bound to the observation routes; every other error still goes to
 * the global filter.
 */
@Catch(PossibleIdentifiersError)
export class PossibleIdentifiersFilter implements ExceptionFilter {
  catch(exception: PossibleIdentifiersError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(422).json({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: exception.message,
      possibleIdentifiers: exception.possibleIdentifiers,
    });
  }
}
