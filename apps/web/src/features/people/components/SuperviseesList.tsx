import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePeople, type PersonView } from '../api/people';
import { useSupervisionAssignments, type SupervisionAssignment } from '../api/supervision-assignments';
import { SUPERVISION_TYPE_LABELS } from '../model/labels';
import { Loading, QueryProblem } from './QueryProblem';

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

/**
 * `/supervisees`: the people the signed-in supervisor currently supervises (the
 * API decides who: `GET /api/people` gives a supervisor exactly those; someone
 * who is also a link worker is given themselves too, and `selfId` leaves them out).
 */
export function SuperviseesList({ selfId }: { selfId: string }) {
  useDocumentTitle('My supervisees');
  const people = usePeople();
  const assignments = useSupervisionAssignments();
  if (people.isError) return <QueryProblem error={people.error} />;
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
            <div className="nhsuk-table-container">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  The people you currently supervise
                </caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th className="nhsuk-table__header" scope="col">
                      Name
                    </th>
                    <th className="nhsuk-table__header" scope="col">
                      Job title
                    </th>
                    <th className="nhsuk-table__header" scope="col">
                      Supervision
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {supervisees.map((person) => {
                    const supervision = assignments.data ? supervisionOf(person, assignments.data) : [];
                    return (
                      <tr key={person.id} className="nhsuk-table__row">
                        <th className="nhsuk-table__cell" scope="row">
                          {person.fullName}
                          <br />
                          <span className="nhsuk-body-s">{person.email}</span>
                        </th>
                        <td className="nhsuk-table__cell">{person.jobTitle ?? 'Not given'}</td>
                        <td className="nhsuk-table__cell">
                          {supervision.length > 0 ? (
                            <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                              {supervision.map((line) => (
                                <li key={line} className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                                  {line}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            '–'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
