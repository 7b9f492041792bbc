import { isIsoDate } from '@ladder/dreyfus';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A date field written YYYY-MM-DD; the default message names the field. */
export function IsCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD`, ...options },
      // The progression engine's own date rule, so every date the API stores is one the engine reads.
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
  };
}
