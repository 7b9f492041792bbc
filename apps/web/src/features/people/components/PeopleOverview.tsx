import { NotificationBanner, Tag } from 'nhsuk-react-components';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate, todayIso } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePendingInvitations, type PendingInvitation } from '../api/invitations';
import { usePeople, type PersonView } from '../api/people';
import { useSupervisionAssignments, type SupervisionAssignment } from '../api/supervision-assignments';
import { rolesText, SUPERVISION_TYPE_LABELS } from '../model/labels';
import { PeopleProblem } from './PeopleProblem';
import { ResponsiveTable, type Column } from './ResponsiveTable';
import { paths } from '../../../config/paths';
import { readFlash } from '../model/flash';

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
  if (failed) return <PeopleProblem error={failed} />;

  return (
    <>
      {flash && (
        <NotificationBanner success title="Success" titleId="people-flash-title">
          <NotificationBanner.Heading>{flash.title}</NotificationBanner.Heading>
          <p>{flash.text}</p>
        </NotificationBanner>
      )}
      <PageHeading caption={organisationName}>People</PageHeading>
      <p className="nhsuk-lede-text">Invite people to Ladder, change their roles, and choose who supervises whom.</p>
      <div className="nhsuk-button-group">
        <Link to={paths.invitePerson} className="nhsuk-button">
          Invite a person
        </Link>
        <Link to={paths.newAssignment} className="nhsuk-button nhsuk-button--secondary">
          Assign a supervisor
        </Link>
      </div>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People in your organisation</h2>
        {people.data ? <PeopleTable people={people.data} /> : <Loading what="people" />}
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Invitations not yet accepted</h2>
        {invitations.data ? <InvitationsTable invitations={invitations.data} /> : <Loading what="invitations" />}
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

function PersonName({ name, email, jobTitle }: { name: string; email: string; jobTitle?: string | null }) {
  return (
    <>
      <span className="nhsuk-u-font-weight-bold">{name}</span>
      <br />
      <span className="nhsuk-u-font-size-16 nhsuk-u-font-weight-normal">{email}</span>
      {jobTitle && (
        <>
          <br />
          <span className="nhsuk-u-font-size-16 nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">
            {jobTitle}
          </span>
        </>
      )}
    </>
  );
}

const PEOPLE_COLUMNS: readonly Column<PersonView>[] = [
  {
    heading: 'Name',
    cell: (person) => <PersonName name={person.fullName} email={person.email} jobTitle={person.jobTitle} />,
  },
  {
    heading: 'Roles',
    cell: (person) => (
      <>
        {rolesText(person.roles)}
        {person.supervisionTypes.length > 0 && (
          <>
            <br />
            <span className="nhsuk-u-font-size-16">
              Supervision:{' '}
              {person.supervisionTypes.map((type) => SUPERVISION_TYPE_LABELS[type].toLowerCase()).join(', ')}
            </span>
          </>
        )}
      </>
    ),
  },
  {
    heading: 'Status',
    cell: (person) => (person.active ? <Tag modifier="green">Active</Tag> : <Tag modifier="grey">Deactivated</Tag>),
  },
  {
    heading: 'Action',
    hideHeading: true,
    cell: (person) => (
      <Link to={paths.person(person.id)}>
        Change <span className="nhsuk-u-visually-hidden">{person.fullName}</span>
      </Link>
    ),
  },
];

function PeopleTable({ people }: { people: PersonView[] }) {
  if (people.length === 0) return <p>There is no one in your organisation yet.</p>;
  return (
    <ResponsiveTable
      caption="People in your organisation, with their roles and status"
      columns={PEOPLE_COLUMNS}
      rows={people}
      rowKey={(person) => person.id}
    />
  );
}

const INVITATION_COLUMNS: readonly Column<PendingInvitation>[] = [
  { heading: 'Name', cell: (invitation) => <PersonName name={invitation.fullName} email={invitation.email} /> },
  { heading: 'Roles', cell: (invitation) => rolesText(invitation.roles) },
  { heading: 'Link expires', cell: (invitation) => formatDate(invitation.expiresAt) },
];

function InvitationsTable({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) return <p>No invitations are waiting to be accepted.</p>;
  return (
    <ResponsiveTable
      caption="Invitations not yet accepted"
      columns={INVITATION_COLUMNS}
      rows={invitations}
      rowKey={(invitation) => invitation.id}
    />
  );
}

/** Current, ended, or starting later, as of today (UTC, as the API decides). */
function assignmentStatus(assignment: SupervisionAssignment, today = todayIso()): 'current' | 'ended' | 'future' {
  if (assignment.current) return 'current';
  return assignment.startsOn > today ? 'future' : 'ended';
}

const ASSIGNMENT_COLUMNS: readonly Column<SupervisionAssignment>[] = [
  { heading: 'Worker', cell: (assignment) => assignment.workerName },
  {
    heading: 'Supervisor',
    cell: (assignment) => (
      <>
        {assignment.supervisorName}
        <br />
        <span className="nhsuk-u-font-size-16">{SUPERVISION_TYPE_LABELS[assignment.supervisionType]} supervision</span>
      </>
    ),
  },
  {
    heading: 'Dates',
    cell: (assignment) => (
      <>
        From {formatDate(assignment.startsOn)}
        {assignment.endsOn && (
          <>
            <br />
            until {formatDate(assignment.endsOn)}
          </>
        )}
      </>
    ),
  },
  {
    heading: 'Status',
    cell: (assignment) => {
      const status = assignmentStatus(assignment);
      if (status === 'current') return <Tag modifier="green">Current</Tag>;
      if (status === 'future') return <Tag modifier="blue">Starts later</Tag>;
      return <Tag modifier="grey">Ended</Tag>;
    },
  },
  {
    heading: 'Action',
    hideHeading: true,
    cell: (assignment) =>
      assignmentStatus(assignment) !== 'ended' && (
        <Link to={paths.endAssignment(assignment.id)}>
          End{' '}
          <span className="nhsuk-u-visually-hidden">
            {assignment.supervisorName}’s {SUPERVISION_TYPE_LABELS[assignment.supervisionType].toLowerCase()}{' '}
            supervision of {assignment.workerName}
          </span>
        </Link>
      ),
  },
];

function AssignmentsTable({ assignments }: { assignments: SupervisionAssignment[] }) {
  if (assignments.length === 0) return <p>No one has been assigned a supervisor yet.</p>;
  const sorted = [...assignments].sort(
    (a, b) => a.workerName.localeCompare(b.workerName) || a.startsOn.localeCompare(b.startsOn),
  );
  return (
    <ResponsiveTable
      caption="Supervision assignments: who supervises whom, and when"
      columns={ASSIGNMENT_COLUMNS}
      rows={sorted}
      rowKey={(assignment) => assignment.id}
    />
  );
}
