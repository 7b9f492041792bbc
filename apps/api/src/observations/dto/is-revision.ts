import { ValidateBy, type ValidationOptions } from 'class-validator';
import { MAX_DATABASE_INTEGER } from '../../common/database-integer';

/** A draft revision: a whole number of at least 1. One rule, so a bad value is named once. */
export function IsRevision(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRevision',
      validator: {
        validate: (value) =>
          typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DATABASE_INTEGER,
      },
    },
    {
      message: (args) =>
        typeof args.value === 'number' && args.value > MAX_DATABASE_INTEGER
          ? `$property must be at most ${MAX_DATABASE_INTEGER}`
          : '$property must be a whole number of at least 1',
      ...options,
    },
  );
}
