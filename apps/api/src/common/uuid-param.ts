import { Param, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-errors';

/** A UUID path parameter; anything else is a 400 naming the parameter (and never reaches the database). */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(`${name} must be a UUID`) }));
