import { Button, Tag, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { usePerson, useUpdatePerson, type PersonChanges, type PersonView } from '../api/people';
import type { OrganisationRole, SupervisionType } from '../model/labels';
import { PeopleProblem } from './PeopleProblem';
import { ROLES_INPUT_ID, RoleFields, SUPERVISION_TYPES_INPUT_ID } from './RoleFields';
import { paths } from '../../../config/paths';
import type { PeopleFlash } from '../model/flash';

const FIELDS: readonly FieldSpec[] = [
  { apiName: 'roles', inputId: ROLES_INPUT_ID, label: 'Roles' },
  { apiName: 'supervisionTypes', inputId: SUPERVISION_TYPES_INPUT_ID, label: 'Supervision types' },
  { apiName: 'jobTitle', inputId: 'job-title', label: 'Job title' },
];

/** `/people/:id`: an employer admin changes someone's roles and job title, or deactivates them. */
export function ChangePerson({ personId, isSelf }: { personId: string; isSelf: boolean }) {
  const person = usePerson(personId);
  if (person.isPending) return <Loading what="this person" />;
  if (person.isError) return <PeopleProblem error={person.error} />;
  return <ChangePersonForm key={person.data.id} person={person.data} isSelf={isSelf} />;
}

function checkChanges(
  roles: readonly OrganisationRole[],
  supervisionTypes: readonly SupervisionType[],
  jobTitle: string,
  isSelf: boolean,
): FormProblem[] {
  const problems: FormProblem[] = [];
  if (roles.length === 0) problems.push({ field: ROLES_INPUT_ID, message: 'Select at least one role' });
  else if (isSelf && !roles.includes('employer_admin')) {
    problems.push({ field: ROLES_INPUT_ID, message: 'You cannot remove your own employer admin role' });
  }
  if (roles.includes('supervisor') && supervisionTypes.length === 0) {
    problems.push({ field: SUPERVISION_TYPES_INPUT_ID, message: 'Select the supervision they give' });
  }
  if (jobTitle.trim().length > 200) {
    problems.push({ field: 'job-title', message: 'Job title must be 200 characters or fewer' });
  }
  return problems;
}

function ChangePersonForm({ person, isSelf }: { person: PersonView; isSelf: boolean }) {
  const navigate = useNavigate();
  const update = useUpdatePerson(person.id);
  const [roles, setRoles] = useState<OrganisationRole[]>(person.roles);
  const [supervisionTypes, setSupervisionTypes] = useState<SupervisionType[]>(person.supervisionTypes);
  const [jobTitle, setJobTitle] = useState(person.jobTitle ?? '');
  const { problems, attempt, fail, clear } = useFormProblems();
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Change ${person.fullName}`);

  const done = (flash: PeopleFlash) => navigate(paths.people, { state: { flash } });

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkChanges(roles, supervisionTypes, jobTitle, isSelf);
    if (found.length > 0) return fail(found);
    clear();
    const changes: PersonChanges = {
      roles,
      supervisionTypes: roles.includes('supervisor') ? supervisionTypes : [],
      jobTitle: jobTitle.trim() === '' ? null : jobTitle.trim(),
    };
    update.mutate(changes, {
      onSuccess: () => done({ title: 'Changes saved', text: `${person.fullName}’s roles and job title are updated.` }),
      onError: (error) => fail(problemsFromError(error, FIELDS)),
    });
  };

  const onSetActive = (active: boolean) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    update.mutate(
      { active },
      {
        onSuccess: () =>
          done(
            active
              ? { title: 'Account reactivated', text: `${person.fullName} can sign in again.` }
              : { title: 'Account deactivated', text: `${person.fullName} has been signed out and cannot sign in.` },
          ),
        onError: (error) => fail(problemsFromError(error, FIELDS)),
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption="People">{person.fullName}</PageHeading>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Email address</dt>
            <dd className="nhsuk-summary-list__value">{person.email}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Status</dt>
            <dd className="nhsuk-summary-list__value">
              {person.active ? <Tag modifier="green">Active</Tag> : <Tag modifier="grey">Deactivated</Tag>}
            </dd>
          </div>
        </dl>

        <form onSubmit={onSave} noValidate aria-labelledby="change-heading">
          <h2 id="change-heading">Roles and job title</h2>
          <TextInput
            id="job-title"
            name="jobTitle"
            label="Job title (optional)"
            autoComplete="off"
            value={jobTitle}
            error={errorFor(problems, 'job-title')}
            onChange={(event) => setJobTitle(event.currentTarget.value)}
          />
          <RoleFields
            roles={roles}
            supervisionTypes={supervisionTypes}
            onRolesChange={setRoles}
            onSupervisionTypesChange={setSupervisionTypes}
            rolesError={errorFor(problems, ROLES_INPUT_ID)}
            supervisionTypesError={errorFor(problems, SUPERVISION_TYPES_INPUT_ID)}
          />
          <Button type="submit" disabled={update.isPending}>
            Save changes
          </Button>
        </form>

        {!isSelf && (
          <section aria-labelledby="status-heading">
            <h2 id="status-heading">{person.active ? 'Deactivate this account' : 'Reactivate this account'}</h2>
            {person.active ? (
              <form onSubmit={onSetActive(false)} noValidate>
                <p>
                  {person.fullName} will be signed out at once and will not be able to sign in. Their records are kept,
                  and you can reactivate the account later.
                </p>
                <Button type="submit" warning disabled={update.isPending}>
                  Deactivate {person.fullName}
                </Button>
              </form>
            ) : (
              <form onSubmit={onSetActive(true)} noValidate>
                <p>{person.fullName} will be able to sign in again with their password.</p>
                <Button type="submit" secondary disabled={update.isPending}>
                  Reactivate {person.fullName}
                </Button>
              </form>
            )}
          </section>
        )}
        <p>
          <Link to={paths.people}>Back to people</Link>
        </p>
      </div>
    </div>
  );
}
