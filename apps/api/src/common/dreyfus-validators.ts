import { ASSESSED_COMPETENCIES, ASSESSED_COMPETENCY_KEYS, type AssessedCompetencyKey } from '@ladder/competencies';
import { isDreyfusScore, isIsoDate, parseIsoDateTime } from '@ladder/dreyfus';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/*
 * class-validator decorators built on the progression engine's own checks, so a request the DTO
 * accepts is one the engine accepts: whole-number scores 0–5 (not "3", not 2.5), real calendar
 * dates written YYYY-MM-DD (not 2026-02-30, not 20260215), and ISO datetimes. Each has one message,
 * so a bad field is named once.
 */

/** Somerset framework item id → assessed competency key, e.g. `somerset:ac.self-monitoring` → `self-monitoring`. */
const KEY_BY_ITEM_ID: ReadonlyMap<string, AssessedCompetencyKey> = new Map(
  ASSESSED_COMPETENCIES.map((competency) => [competency.itemId, competency.key]),
);
const KEYS: ReadonlySet<string> = new Set(ASSESSED_COMPETENCY_KEYS);

/** The assessed competency a request names by key or by Somerset framework item id; null if neither. */
export function assessedCompetencyKey(value: unknown): AssessedCompetencyKey | null {
  if (typeof value !== 'string') return null;
  if (KEYS.has(value)) return value as AssessedCompetencyKey;
  return KEY_BY_ITEM_ID.get(value) ?? null;
}

export const COMPETENCY_MESSAGE =
  `$property must be an assessed competency key (${ASSESSED_COMPETENCY_KEYS.join(', ')}) ` +
  'or its Somerset framework item id (e.g. somerset:ac.promoting-autonomy)';

export function IsAssessedCompetency(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isAssessedCompetency', validator: { validate: (value) => assessedCompetencyKey(value) !== null } },
    { message: COMPETENCY_MESSAGE, ...options },
  );
}

export function IsDreyfusScore(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isDreyfusScore', validator: { validate: (value) => isDreyfusScore(value) } },
    { message: '$property must be a whole number from 0 to 5', ...options },
  );
}

export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIsoDate', validator: { validate: (value) => isIsoDate(value) } },
    { message: '$property must be a real calendar date written YYYY-MM-DD', ...options },
  );
}

function isIsoDateTime(value: unknown): boolean {
  try {
    parseIsoDateTime(value, 'value');
    return true;
  } catch {
    return false;
  }
}

export function IsIsoDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIsoDateTime', validator: { validate: (value) => isIsoDateTime(value) } },
    { message: '$property must be an ISO datetime such as 2026-02-01T10:30:00Z', ...options },
  );
}
