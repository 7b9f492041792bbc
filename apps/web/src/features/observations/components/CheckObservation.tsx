import { Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { todayIso } from '../../../lib/dates';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useSignOffObservation } from '../api/observation-changes';
import type { ObservationView } from '../api/observations';
import type { Competency } from '../model/competencies';
import { formOf, readinessProblems, signOffProblem, valuesOf } from '../model/draft';
import type { ObservationFlash } from '../model/flash';
import { newIdempotencyKey } from '../model/idempotency';
import { ObservationAnswers } from './ObservationAnswers';
import { ObservationProblem } from './ObservationProblem';
import { useObservationContext } from './use-observation-context';
import { paths } from '../../../config/paths';

/** `/observations/:id/check`: check your answers, then sign off. */
export function CheckObservation({ id }: { id: string }) {
  const { observation, competencies, frameworkTitle, error } = useObservationContext(id);
  // Held here, not in the form: the observation turns signed-off under a sign-off still on its way
  // back (a double click), and the page must wait for it rather than leave by itself.
  const signOff = useSignOffObservation(id);
  if (error) return <ObservationProblem error={error} />;
  if (!observation.data || !competencies || (observation.isFetching && !observation.isFetchedAfterMount)) {
    return <Loading what="the observation" />;
  }
  if (observation.data.status !== 'draft' && signOff.isIdle) return <Navigate to={paths.observation(id)} replace />;
  return (
    <CheckAnswers
      observation={observation.data}
      competencies={competencies}
      frameworkTitle={frameworkTitle}
      signOff={signOff}
    />
  );
}

interface CheckAnswersProps {
  observation: ObservationView;
  competencies: readonly Competency[];
  frameworkTitle: string;
  signOff: ReturnType<typeof useSignOffObservation>;
}

function CheckAnswers({ observation, competencies, frameworkTitle, signOff }: CheckAnswersProps) {
  const navigate = useNavigate();
  // One key per visit to this page: a double click, or a retry after a lost answer, sends the same
  // key, and the API answers every one of them with the same signed-off observation.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const { problems, attempt, fail } = useFormProblems();
  const names = competencies.map((competency) => competency.name);
  useDocumentTitle(
    `${problems.length > 0 ? 'Error: ' : ''}Check your answers – observation of ${observation.workerName}`,
  );

  const at = (field: string | undefined) => (field ? `${paths.observation(observation.id)}#${field}` : undefined);

  const onSignOff = () => {
    const notReady = readinessProblems(formOf(valuesOf(observation)), names, todayIso());
    if (notReady.length > 0)
      return fail(notReady.map((problem) => ({ message: problem.message, to: at(problem.field) })));
    signOff.mutate(
      { revision: observation.revision, idempotencyKey },
      {
        onSuccess: (signed) => {
          const flash: ObservationFlash = {
            title: 'Observation signed off',
            text: `${observation.workerName} can now see it and acknowledge it. It counts towards their progression.`,
          };
          navigate(paths.observation(signed.id), { replace: true, state: { flash } });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            return fail([{ message: error.message, to: paths.observation(observation.id) }]);
          }
          if (error instanceof ApiError && error.status === 400) {
            const messages = error.errors.length > 0 ? error.errors : [error.message];
            return fail(
              messages.map((message) => {
                const problem = signOffProblem(message, names);
                return { message: problem.message, to: at(problem.field) };
              }),
            );
          }
          if (error instanceof ApiError && error.status < 500) return fail([{ message: error.message }]);
          fail([{ message: 'Sorry, the observation could not be signed off. Try again.' }]);
        },
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption={`Observation of ${observation.workerName}`}>
          Check your answers before signing off
        </PageHeading>
        <ObservationAnswers
          observation={observation}
          competencies={competencies}
          frameworkTitle={frameworkTitle}
          changeLinks
        />
        <h2>Now sign off the observation</h2>
        <p>
          By signing off you confirm these scores and notes are a fair record of the session you observed. Once signed
          off, the observation cannot be changed: a correction is recorded as an amendment, and the original stays in
          its history.
        </p>
        <p>
          {observation.workerName} will be able to see it and acknowledge it, and it will count towards their level.
        </p>
        <Button type="button" onClick={onSignOff}>
          Sign off
        </Button>
        <p>
          <Link to={paths.observation(observation.id)}>Go back to the scores</Link>
        </p>
      </div>
    </div>
  );
}
