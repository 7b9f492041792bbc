import { InvalidInputError as EngineInputError, InvalidPayScaleError, InvalidPolicyError } from '@ladder/dreyfus';
import { InvalidInputError } from '../common/domain-errors';
import { requestFieldPath } from '../policies/policy.service';

/** The engine's names for what-if fields that the request spells differently. */
const REQUEST_FIELDS: Readonly<Record<string, string>> = { 'attestation.attestedOn': 'attestationDate' };

function fieldMessage(field: string, detail: string): string {
  const path = REQUEST_FIELDS[field] ?? requestFieldPath(field);
  return detail.startsWith('must ') ? `${path} ${detail}` : `${path}: ${detail}`;
}

/**
 * The engine's typed errors, each naming a field, as the API's 400 (`errors` names the field the
 * way the request validator does: `evidence.3.signedOffAt`). Anything else is rethrown untouched.
 */
export function engineErrorAsBadRequest(error: unknown): unknown {
  if (error instanceof InvalidPolicyError) {
    return new InvalidInputError(
      'The progression policy is not valid',
      error.issues.map((issue) => fieldMessage(`policy.${issue.field}`, issue.message)),
    );
  }
  if (error instanceof EngineInputError || error instanceof InvalidPayScaleError) {
    const detail = error.message.startsWith(`${error.field}: `)
      ? error.message.slice(error.field.length + 2)
      : error.message;
    const message = fieldMessage(error instanceof InvalidPayScaleError ? 'payYear' : error.field, detail);
    return new InvalidInputError(message, [message]);
  }
  return error;
}
