import { DomainError } from '../common/domain-errors';
import type { PossibleIdentifier } from '@ladder/evidence';

/** The message of every 409 for a draft saved or signed off from a stale revision. */
export const STALE_DRAFT_MESSAGE =
  'This draft has been changed since you opened it (in another tab or by someone else). Reload to see the latest version before saving again.';

/**
 * Free text looks like it holds a patient identifier and the caller has not confirmed it: a 422
 * naming each field and kind (never the text), and nothing is saved.
 */
export class PossibleIdentifiersError extends DomainError {
  readonly status = 422;
  constructor(readonly possibleIdentifiers: PossibleIdentifier[]) {
    super(
      'This looks like it may identify the person you were supporting (an NHS number, a date of birth, or a postcode with a name). Remove it, or confirm that it should be saved.',
    );
  }
}
