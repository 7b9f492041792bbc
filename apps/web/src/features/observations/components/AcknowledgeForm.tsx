import { Button, CharacterCount } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { ApiError } from '../../../lib/http';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useAcknowledgeObservation } from '../api/observation-changes';
import type { PossibleIdentifier } from '../api/observations';
import { fieldPlaces, identifierProblems, MAX_COMMENT, possibleIdentifiersIn } from '../model/draft';
import type { ObservationFlash } from '../model/flash';
import { IdentifierWarning } from './IdentifierWarning';
import { paths } from '../../../config/paths';

const FIELDS: readonly FieldSpec[] = [{ apiName: 'comment', inputId: 'comment', label: 'Your comment' }];

/**
 * The worker acknowledges a signed-off observation of their practice, with an optional comment.
 * Their comment is stored apart from the scores, which they can never change.
 */
export function AcknowledgeForm({ observationId }: { observationId: string }) {
  const navigate = useNavigate();
  const acknowledge = useAcknowledgeObservation(observationId);
  const [comment, setComment] = useState('');
  const [identifiers, setIdentifiers] = useState<PossibleIdentifier[]>([]);
  const { problems, attempt, fail, clear } = useFormProblems();

  const send = (confirmPossibleIdentifiers: boolean) => {
    const found: FormProblem[] = [];
    if (comment.length > MAX_COMMENT) {
      found.push({
        field: 'comment',
        message: `Your comment must be ${MAX_COMMENT.toLocaleString('en-GB')} characters or fewer`,
      });
    }
    if (found.length > 0) return fail(found);
    clear();
    acknowledge.mutate(
      { comment: comment.trim(), ...(confirmPossibleIdentifiers ? { confirmPossibleIdentifiers } : {}) },
      {
        onSuccess: () => {
          const flash: ObservationFlash = {
            title: 'Observation acknowledged',
            text: 'Your supervisor can see that you have read it, and your comment if you gave one.',
          };
          navigate(paths.observation(observationId), { replace: true, state: { flash } });
        },
        onError: (error) => {
          const flagged = error instanceof ApiError && error.status === 422 ? possibleIdentifiersIn(error.body) : null;
          if (flagged && flagged.length > 0) return setIdentifiers(flagged);
          fail(problemsFromError(error, FIELDS));
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIdentifiers([]);
    send(false);
  };

  const identifierList = identifierProblems(identifiers, fieldPlaces([], [], []));
  return (
    <section aria-labelledby="acknowledge-heading">
      <FormErrorSummary problems={problems} attempt={attempt} />
      {identifierList.length > 0 && (
        <IdentifierWarning
          problems={identifierList}
          onConfirm={() => send(true)}
          confirmLabel="Acknowledge with my comment as it is"
          busy={acknowledge.isPending}
        />
      )}
      <h2 id="acknowledge-heading">Acknowledge this observation</h2>
      <p>
        Acknowledging says you have read the observation and its scores. It does not change them. If you disagree with
        something, say so in your comment and talk to your supervisor.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <CharacterCount
          id="comment"
          name="comment"
          label="Your comment (optional)"
          labelProps={{ size: 's' }}
          hint="Anything you want your supervisor to know. Do not include details of the person you were supporting."
          maxLength={MAX_COMMENT}
          rows={4}
          error={errorFor(problems, 'comment') ?? identifierList[0]?.message}
          value={comment}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setIdentifiers([]);
          }}
        />
        <Button type="submit" disabled={acknowledge.isPending}>
          Acknowledge observation
        </Button>
      </form>
    </section>
  );
}
