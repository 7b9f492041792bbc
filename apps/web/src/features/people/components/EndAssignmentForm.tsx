import { Button, DateInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import {
  datePartsFrom,
  exampleDate,
  formatDate,
  isoFromParts,
  partsOf,
  todayIso,
  type DateParts,
} from '../../../lib/dates';
import { errorFor, problemsFromError, type FieldSpec } from '../../../lib/field-errors';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import {
  useEndSupervisionAssignment,
  useSupervisionAssignments,
  type SupervisionAssignment,
} from '../api/supervision-assignments';
import { SUPERVISION_TYPE_LABELS } from '../model/labels';
import { CancelToPeople } from './CancelToPeople';
import { PeopleProblem } from './PeopleProblem';
import { paths } from '../../../config/paths';
import type { PeopleFlash } from '../model/flash';

const ENDS_ON_INPUT_ID = 'ends-on-day';
const FIELDS: readonly FieldSpec[] = [{ apiName: 'endsOn', inputId: ENDS_ON_INPUT_ID, label: 'End date' }];

/** `/people/assignments/:id/end`: an employer admin sets the last day of a supervision assignment. */
export function EndAssignment({ assignmentId }: { assignmentId: string }) {
  const assignments = useSupervisionAssignments();
  if (assignments.isPending) return <Loading what="the assignment" />;
  if (assignments.isError) return <PeopleProblem error={assignments.error} />;
  const assignment = assignments.data.find((candidate) => candidate.id === assignmentId);
  if (!assignment) return <PeopleProblem error={new ApiError(404, 'Not found')} />;
  return <EndAssignmentForm assignment={assignment} />;
}

function EndAssignmentForm({ assignment }: { assignment: SupervisionAssignment }) {
  const navigate = useNavigate();
  const end = useEndSupervisionAssignment();
  const type = SUPERVISION_TYPE_LABELS[assignment.supervisionType].toLowerCase();
  const [endsOn, setEndsOn] = useState<DateParts>(
    partsOf(assignment.startsOn > todayIso() ? assignment.startsOn : todayIso()),
  );
  const { problems, attempt, fail, clear } = useFormProblems();
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}End supervision`);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = isoFromParts(endsOn);
    if (!endsOn.day.trim() && !endsOn.month.trim() && !endsOn.year.trim()) {
      return fail([{ field: ENDS_ON_INPUT_ID, message: 'Enter the last day of supervision' }]);
    }
    if (!iso) return fail([{ field: ENDS_ON_INPUT_ID, message: 'Last day must be a real date, like 5 1 2026' }]);
    if (iso < assignment.startsOn) {
      return fail([
        {
          field: ENDS_ON_INPUT_ID,
          message: `Last day must be on or after the day supervision started, ${formatDate(assignment.startsOn)}`,
        },
      ]);
    }
    clear();
    end.mutate(
      { id: assignment.id, endsOn: iso },
      {
        onSuccess: () => {
          const flash: PeopleFlash = {
            title: 'Supervision ended',
            text: `${assignment.supervisorName}’s ${type} supervision of ${assignment.workerName} ends on ${formatDate(iso)}.`,
          };
          navigate(paths.people, { state: { flash } });
        },
        onError: (error) => fail(problemsFromError(error, FIELDS)),
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption="People">End supervision</PageHeading>
        <p>
          {assignment.supervisorName} gives {assignment.workerName} {type} supervision, from{' '}
          {formatDate(assignment.startsOn)}
          {assignment.endsOn ? ` until ${formatDate(assignment.endsOn)}` : ''}.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            id="ends-on"
            name="endsOn"
            legend="Last day of supervision"
            legendProps={{ size: 'm' }}
            hint={`Supervision continues to the end of this day. For example, ${exampleDate(todayIso())}`}
            error={errorFor(problems, ENDS_ON_INPUT_ID)}
            value={endsOn}
            onChange={(event) => setEndsOn(datePartsFrom(event.target.value))}
          />
          <Button type="submit" disabled={end.isPending}>
            End supervision
          </Button>
        </form>
        <CancelToPeople />
      </div>
    </div>
  );
}
