import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A draft revision: a whole number of at least 1. One rule, so a bad value is named once. */
export function IsRevision(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRevision',
      validator: { validate: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 },
    },
    { message: '$property must be a whole number of at least 1', ...options },
  );
}
