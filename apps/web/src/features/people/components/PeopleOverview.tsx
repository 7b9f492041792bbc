import { NotificationBanner, Tag } from 'nhsuk-react-components';
import { Link, useLocation } from 'react-router-dom';
import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate, todayIso } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePendingInvitations, type PendingInvitation } from '../api/invitations';
import { usePeople, type PersonView } from '../api/people';
import { useSupervisionAssignments, type SupervisionAssignment } from '../api/supervision-assignments';
import { rolesText, SUPERVISION_TYPE_LABELS } from '../model/labels';
import { endAssignmentPath, INVITE_PATH, NEW_ASSIGNMENT_PATH, personPath, readFlash } from '../model/paths';
import { Loading, QueryProblem } from './QueryProblem';

/**
 * `/people` for employer admins: everyone in the organisation with their roles
 * and status, invitations not yet accepted, and who supervises whom.
 */
export function PeopleOverview({ organisationName }: { organisationName?: string }) {
  useDocumentTitle('People');
  const location = useLocation();
  const flash = readFlash(location.state);
  const people = usePeople();
  const invitations = usePendingInvitations();
  const assignments = useSupervisionAssignments();

  const failed = people.error ?? invitations.error ?? assignments.error;
  if (failed) return <QueryProblem error={failed} />;

  return (
    <>
      {flash && (
        <NotificationBanner success title="Success" titleId="people-flash-title">
          <NotificationBanner.Heading>{flash.title}</NotificationBanner.Heading>
          <p>{flash.text}</p>
        </NotificationBanner>
      )}
      <PageHeading caption={organisationName}>People</PageHeading>
      <p className="nhsuk-lede-text">
        Invite people to Ladder, change their roles, and choose who supervises whom.
      </p>
      <div className="nhsuk-button-group">
        <Link to={INVITE_PATH} className="nhsuk-button">
          Invite a person
        </Link>
        <Link to={NEW_ASSIGNMENT_PATH} className="nhsuk-button nhsuk-button--secondary">
          Assign a supervisor
        </Link>
      </div>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People in your organisation</h2>
        {people.data ? <PeopleTable people={people.data} /> : <Loading what="people" />}
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Invitations not yet accepted</h2>
        {invitations.data ? (
          <InvitationsTable invitations={invitations.data} />
        ) : (
          <Loading what="invitations" />
        )}
      </section>

      <section aria-labelledby="supervision-heading">
        <h2 id="supervision-heading">Supervision</h2>
        {assignments.data ? (
          <AssignmentsTable assignments={assignments.data} />
        ) : (
          <Loading what="supervision assignments" />
        )}
      </section>
    </>
  );
}

function PeopleTable({ people }: { people: PersonView[] }) {
  if (people.length === 0) return <p>There is no one in your organisation yet.</p>;
  return (
    <div className="nhsuk-table-container">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          People in your organisation, with their roles and status
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Name
            </th>
            <th className="nhsuk-table__header" scope="col">
              Roles
            </th>
            <th className="nhsuk-table__header" scope="col">
              Status
            </th>
            <th className="nhsuk-table__header" scope="col">
              <span className="nhsuk-u-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {people.map((person) => (
            <tr key={person.id} className="nhsuk-table__row">
              <th className="nhsuk-table__cell" scope="row">
                <span className="nhsuk-u-font-weight-bold">{person.fullName}</span>
                <br />
                <span className="nhsuk-body-s">{person.email}</span>
                {person.jobTitle && (
                  <>
                    <br />
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{person.jobTitle}</span>
                  </>
                )}
              </th>
              <td className="nhsuk-table__cell">
                {rolesText(person.roles)}
                {person.supervisionTypes.length > 0 && (
                  <>
                    <br />
                    <span className="nhsuk-body-s">
                      Supervision:{' '}
                      {person.supervisionTypes.map((type) => SUPERVISION_TYPE_LABELS[type].toLowerCase()).join(', ')}
                    </span>
                  </>
                )}
              </td>
              <td className="nhsuk-table__cell">
                {person.active ? <Tag modifier="green">Active</Tag> : <Tag modifier="grey">Deactivated</Tag>}
              </td>
              <td className="nhsuk-table__cell">
                <Link to={personPath(person.id)}>
                  Change<span className="nhsuk-u-visually-hidden"> {person.fullName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InvitationsTable({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) return <p>No invitations are waiting to be accepted.</p>;
  return (
    <div className="nhsuk-table-container">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Invitations not yet accepted</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Name
            </th>
            <th className="nhsuk-table__header" scope="col">
              Roles
            </th>
            <th className="nhsuk-table__header" scope="col">
              Link expires
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {invitations.map((invitation) => (
            <tr key={invitation.id} className="nhsuk-table__row">
              <th className="nhsuk-table__cell" scope="row">
                <span className="nhsuk-u-font-weight-bold">{invitation.fullName}</span>
                <br />
                <span className="nhsuk-body-s">{invitation.email}</span>
              </th>
              <td className="nhsuk-table__cell">{rolesText(invitation.roles)}</td>
              <td className="nhsuk-table__cell">{formatDate(invitation.expiresAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Current, ended, or starting later, as of today (UTC, as the API decides). */
export function assignmentStatus(assignment: SupervisionAssignment, today = todayIso()): 'current' | 'ended' | 'future' {
  if (assignment.current) return 'current';
  return assignment.startsOn > today ? 'future' : 'ended';
}

function AssignmentsTable({ assignments }: { assignments: SupervisionAssignment[] }) {
  if (assignments.length === 0) return <p>No one has been assigned a supervisor yet.</p>;
  const sorted = [...assignments].sort(
    (a, b) => a.workerName.localeCompare(b.workerName) || a.startsOn.localeCompare(b.startsOn),
  );
  return (
    <div className="nhsuk-table-container">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Supervision assignments: who supervises whom, and when
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Worker
            </th>
            <th className="nhsuk-table__header" scope="col">
              Supervisor
            </th>
            <th className="nhsuk-table__header" scope="col">
              Dates
            </th>
            <th className="nhsuk-table__header" scope="col">
              Status
            </th>
            <th className="nhsuk-table__header" scope="col">
              <span className="nhsuk-u-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {sorted.map((assignment) => {
            const status = assignmentStatus(assignment);
            const type = SUPERVISION_TYPE_LABELS[assignment.supervisionType];
            return (
              <tr key={assignment.id} className="nhsuk-table__row">
                <th className="nhsuk-table__cell" scope="row">
                  {assignment.workerName}
                </th>
                <td className="nhsuk-table__cell">
                  {assignment.supervisorName}
                  <br />
                  <span className="nhsuk-body-s">{type} supervision</span>
                </td>
                <td className="nhsuk-table__cell">
                  From {formatDate(assignment.startsOn)}
                  {assignment.endsOn && (
                    <>
                      <br />
                      until {formatDate(assignment.endsOn)}
                    </>
                  )}
                </td>
                <td className="nhsuk-table__cell">
                  {status === 'current' && <Tag modifier="green">Current</Tag>}
                  {status === 'future' && <Tag modifier="blue">Starts later</Tag>}
                  {status === 'ended' && <Tag modifier="grey">Ended</Tag>}
                </td>
                <td className="nhsuk-table__cell">
                  {status !== 'ended' && (
                    <Link to={endAssignmentPath(assignment.id)}>
                      End
                      <span className="nhsuk-u-visually-hidden">
                        {' '}
                        {assignment.supervisorName}’s {type.toLowerCase()} supervision of {assignment.workerName}
                      </span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
