import { Button, DateInput, Radios } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
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
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { usePeople, type PersonView } from '../api/people';
import { useCreateSupervisionAssignment } from '../api/supervision-assignments';
import { SUPERVISION_TYPE_LABELS, SUPERVISION_TYPES, type SupervisionType } from '../model/labels';
import { CancelToPeople } from './CancelToPeople';
import { PeopleProblem } from './PeopleProblem';
import { paths } from '../../../config/paths';
import type { PeopleFlash } from '../model/flash';

const supervisorInputId = (person: PersonView) => `supervisor-${person.id}`;
const workerInputId = (person: PersonView) => `worker-${person.id}`;
const typeInputId = (type: SupervisionType) => `type-${type}`;
const STARTS_ON_INPUT_ID = 'starts-on-day';

export interface AssignmentDraft {
  supervisorId: string;
  workerId: string;
  supervisionType: SupervisionType | '';
  startsOn: DateParts;
}

/** Checks the draft against the people offered; returns the problems and, when there are none, the start date. */
function checkAssignment(
  draft: AssignmentDraft,
  supervisors: readonly PersonView[],
  workers: readonly PersonView[],
): { problems: FormProblem[]; startsOn: string | null } {
  const problems: FormProblem[] = [];
  const firstSupervisor = supervisors[0] ? supervisorInputId(supervisors[0]) : undefined;
  const firstWorker = workers[0] ? workerInputId(workers[0]) : undefined;
  if (!draft.supervisorId) problems.push({ field: firstSupervisor, message: 'Select a supervisor' });
  if (!draft.workerId) problems.push({ field: firstWorker, message: 'Select a worker' });
  else if (draft.workerId === draft.supervisorId) {
    problems.push({ field: firstWorker, message: 'Select a worker who is not the supervisor' });
  }
  if (!draft.supervisionType) {
    problems.push({ field: typeInputId(SUPERVISION_TYPES[0]), message: 'Select the type of supervision' });
  }
  const { day, month, year } = draft.startsOn;
  const startsOn = isoFromParts(draft.startsOn);
  if (!day.trim() && !month.trim() && !year.trim()) {
    problems.push({ field: STARTS_ON_INPUT_ID, message: 'Enter the date supervision starts' });
  } else if (!startsOn) {
    problems.push({ field: STARTS_ON_INPUT_ID, message: 'Start date must be a real date, like 5 1 2026' });
  }
  return { problems, startsOn };
}

/** `/people/assignments/new`: an employer admin assigns a supervisor to a link worker. */
export function AssignSupervisor() {
  const people = usePeople();
  if (people.isPending) return <Loading what="people" />;
  if (people.isError) return <PeopleProblem error={people.error} />;
  return <AssignSupervisorForm people={people.data} />;
}

function AssignSupervisorForm({ people }: { people: PersonView[] }) {
  useDocumentTitle('Assign a supervisor');
  const navigate = useNavigate();
  const create = useCreateSupervisionAssignment();
  const supervisors = people.filter((person) => person.active && person.roles.includes('supervisor'));
  const workers = people.filter((person) => person.active && person.roles.includes('link_worker'));
  const [draft, setDraft] = useState<AssignmentDraft>({
    supervisorId: '',
    workerId: '',
    supervisionType: '',
    startsOn: partsOf(todayIso()),
  });
  const { problems, attempt, fail, clear } = useFormProblems();
  const set = <K extends keyof AssignmentDraft>(key: K, value: AssignmentDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const firstSupervisor = supervisors[0] ? supervisorInputId(supervisors[0]) : '';
  const firstWorker = workers[0] ? workerInputId(workers[0]) : '';
  const fields: FieldSpec[] = [
    { apiName: 'supervisorId', inputId: firstSupervisor, label: 'Supervisor' },
    { apiName: 'workerId', inputId: firstWorker, label: 'Worker' },
    { apiName: 'supervisionType', inputId: typeInputId(SUPERVISION_TYPES[0]), label: 'Type of supervision' },
    { apiName: 'startsOn', inputId: STARTS_ON_INPUT_ID, label: 'Start date' },
    { apiName: 'endsOn', inputId: STARTS_ON_INPUT_ID, label: 'End date' },
  ];

  if (supervisors.length === 0 || workers.length === 0) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading caption="People">Assign a supervisor</PageHeading>
          <p>
            {supervisors.length === 0
              ? 'No one in your organisation has the supervisor role yet.'
              : 'No one in your organisation has the link worker role yet.'}{' '}
            Invite them, or give someone the role, first.
          </p>
          <p>
            <Link to={paths.invitePerson}>Invite a person</Link>
          </p>
          <p>
            <Link to={paths.people}>Back to people</Link>
          </p>
        </div>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { problems: found, startsOn } = checkAssignment(draft, supervisors, workers);
    if (found.length > 0 || !startsOn || !draft.supervisionType) return fail(found);
    clear();
    const supervisor = supervisors.find((person) => person.id === draft.supervisorId);
    const worker = workers.find((person) => person.id === draft.workerId);
    create.mutate(
      {
        supervisorId: draft.supervisorId,
        workerId: draft.workerId,
        supervisionType: draft.supervisionType,
        startsOn,
      },
      {
        onSuccess: () => {
          const flash: PeopleFlash = {
            title: 'Supervisor assigned',
            text: `${supervisor?.fullName} gives ${worker?.fullName} ${SUPERVISION_TYPE_LABELS[
              draft.supervisionType as SupervisionType
            ].toLowerCase()} supervision from ${formatDate(startsOn)}.`,
          };
          navigate(paths.people, { state: { flash } });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) return fail([{ message: error.message }]);
          fail(problemsFromError(error, fields));
        },
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption="People">Assign a supervisor</PageHeading>
        <form onSubmit={onSubmit} noValidate>
          <Radios
            id="supervisor"
            name="supervisorId"
            legend="Supervisor"
            legendProps={{ size: 'm' }}
            error={errorFor(problems, firstSupervisor)}
          >
            {supervisors.map((person) => (
              <Radios.Item
                key={person.id}
                id={supervisorInputId(person)}
                value={person.id}
                hint={person.jobTitle ?? undefined}
                checked={draft.supervisorId === person.id}
                onChange={() => set('supervisorId', person.id)}
              >
                {person.fullName}
              </Radios.Item>
            ))}
          </Radios>
          <Radios
            id="worker"
            name="workerId"
            legend="Worker"
            legendProps={{ size: 'm' }}
            hint="The link worker, health and wellbeing coach or care coordinator they will supervise"
            error={errorFor(problems, firstWorker)}
          >
            {workers.map((person) => (
              <Radios.Item
                key={person.id}
                id={workerInputId(person)}
                value={person.id}
                hint={person.jobTitle ?? undefined}
                checked={draft.workerId === person.id}
                onChange={() => set('workerId', person.id)}
              >
                {person.fullName}
              </Radios.Item>
            ))}
          </Radios>
          <Radios
            id="supervision-type"
            name="supervisionType"
            legend="Type of supervision"
            legendProps={{ size: 'm' }}
            error={errorFor(problems, typeInputId(SUPERVISION_TYPES[0]))}
          >
            {SUPERVISION_TYPES.map((type) => (
              <Radios.Item
                key={type}
                id={typeInputId(type)}
                value={type}
                checked={draft.supervisionType === type}
                onChange={() => set('supervisionType', type)}
              >
                {SUPERVISION_TYPE_LABELS[type]}
              </Radios.Item>
            ))}
          </Radios>
          <DateInput
            id="starts-on"
            name="startsOn"
            legend="Start date"
            legendProps={{ size: 'm' }}
            hint={`The first day of supervision. For example, ${exampleDate(todayIso())}`}
            error={errorFor(problems, STARTS_ON_INPUT_ID)}
            value={draft.startsOn}
            onChange={(event) => set('startsOn', datePartsFrom(event.target.value))}
          />
          <Button type="submit" disabled={create.isPending}>
            Assign supervisor
          </Button>
        </form>
        <CancelToPeople />
      </div>
    </div>
  );
}
