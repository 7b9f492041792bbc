import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePeople, type PersonView } from '../api/people';
import { useSupervisionAssignments, type SupervisionAssignment } from '../api/supervision-assignments';
import { SUPERVISION_TYPE_LABELS } from '../model/labels';
import { PeopleProblem } from './PeopleProblem';
import { ResponsiveTable, type Column } from './ResponsiveTable';

/** What a supervisor gives one supervisee now: "Clinical supervision since 1 February 2023". */
function supervisionOf(person: PersonView, assignments: readonly SupervisionAssignment[]): string[] {
  return assignments
    .filter((assignment) => assignment.current && assignment.workerId === person.id)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .map(
      (assignment) =>
        `${SUPERVISION_TYPE_LABELS[assignment.supervisionType]} supervision since ${formatDate(assignment.startsOn)}` +
        (assignment.endsOn ? `, until ${formatDate(assignment.endsOn)}` : ''),
    );
}

function columnsFor(assignments: readonly SupervisionAssignment[]): Column<PersonView>[] {
  return [
    {
      heading: 'Name',
      cell: (person) => (
        <>
          {person.fullName}
          <br />
          <span className="nhsuk-u-font-size-16 nhsuk-u-font-weight-normal">{person.email}</span>
        </>
      ),
    },
    { heading: 'Job title', cell: (person) => person.jobTitle ?? 'Not given' },
    {
      heading: 'Supervision',
      cell: (person) => {
        const supervision = supervisionOf(person, assignments);
        if (supervision.length === 0) return '–';
        return supervision.map((line, index) => (
          <span key={line}>
            {index > 0 && <br />}
            {line}
          </span>
        ));
      },
    },
  ];
}

/**
 * `/supervisees`: the people the signed-in supervisor currently supervises (the
 * API decides who: `GET /api/people` gives a supervisor exactly those; someone
 * who is also a link worker is given themselves too, and `selfId` leaves them out).
 */
export function SuperviseesList({ selfId }: { selfId: string }) {
  useDocumentTitle('My supervisees');
  const people = usePeople();
  const assignments = useSupervisionAssignments();
  if (people.isError) return <PeopleProblem error={people.error} />;
  const supervisees = people.data?.filter((person) => person.id !== selfId);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading>My supervisees</PageHeading>
        {!supervisees ? (
          <Loading what="your supervisees" />
        ) : supervisees.length === 0 ? (
          <p>
            You do not supervise anyone at the moment. Your organisation’s employer admin assigns the people you
            supervise.
          </p>
        ) : (
          <>
            <p className="nhsuk-lede-text">
              You supervise {supervisees.length} {supervisees.length === 1 ? 'person' : 'people'}.
            </p>
            <ResponsiveTable
              caption="The people you currently supervise"
              columns={columnsFor(assignments.data ?? [])}
              rows={supervisees}
              rowKey={(person) => person.id}
            />
          </>
        )}
      </div>
    </div>
  );
}
