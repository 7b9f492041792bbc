import { Button, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { PageHeading } from '../../../lib/components/PageHeading';
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateInvitation, type NewInvitation } from '../api/invitations';
import type { OrganisationRole, SupervisionType } from '../model/labels';
import { CancelToPeople } from './CancelToPeople';
import { ROLES_INPUT_ID, RoleFields, SUPERVISION_TYPES_INPUT_ID } from './RoleFields';
import { paths } from '../../../config/paths';
import type { PeopleFlash } from '../model/flash';

const FIELDS: readonly FieldSpec[] = [
  { apiName: 'email', inputId: 'email', label: 'Email address' },
  { apiName: 'fullName', inputId: 'full-name', label: 'Full name' },
  { apiName: 'jobTitle', inputId: 'job-title', label: 'Job title' },
  { apiName: 'roles', inputId: ROLES_INPUT_ID, label: 'Roles' },
  { apiName: 'supervisionTypes', inputId: SUPERVISION_TYPES_INPUT_ID, label: 'Supervision types' },
];

export interface InvitationDraft {
  email: string;
  fullName: string;
  jobTitle: string;
  roles: OrganisationRole[];
  supervisionTypes: SupervisionType[];
}

/** What is wrong with the draft before it is sent, in the NHS.UK style ("Enter…", "Select…"). */
function checkInvitation(draft: InvitationDraft): FormProblem[] {
  const problems: FormProblem[] = [];
  const email = draft.email.trim();
  if (email === '') problems.push({ field: 'email', message: 'Enter their email address' });
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (draft.fullName.trim() === '') problems.push({ field: 'full-name', message: 'Enter their full name' });
  if (draft.fullName.trim().length > 200) {
    problems.push({ field: 'full-name', message: 'Full name must be 200 characters or fewer' });
  }
  if (draft.jobTitle.trim().length > 200) {
    problems.push({ field: 'job-title', message: 'Job title must be 200 characters or fewer' });
  }
  if (draft.roles.length === 0) problems.push({ field: ROLES_INPUT_ID, message: 'Select at least one role' });
  if (draft.roles.includes('supervisor') && draft.supervisionTypes.length === 0) {
    problems.push({ field: SUPERVISION_TYPES_INPUT_ID, message: 'Select the supervision they give' });
  }
  return problems;
}

function toRequest(draft: InvitationDraft): NewInvitation {
  const jobTitle = draft.jobTitle.trim();
  return {
    email: draft.email.trim(),
    fullName: draft.fullName.trim(),
    ...(jobTitle && { jobTitle }),
    roles: draft.roles,
    supervisionTypes: draft.roles.includes('supervisor') ? draft.supervisionTypes : [],
  };
}

/** `/people/invite`: an employer admin invites someone to the organisation by email. */
export function InvitePersonForm() {
  const navigate = useNavigate();
  const invite = useCreateInvitation();
  const [draft, setDraft] = useState<InvitationDraft>({
    email: '',
    fullName: '',
    jobTitle: '',
    roles: [],
    supervisionTypes: [],
  });
  const { problems, attempt, fail, clear } = useFormProblems();
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Invite a person`);
  const set = <K extends keyof InvitationDraft>(key: K, value: InvitationDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkInvitation(draft);
    if (found.length > 0) return fail(found);
    clear();
    const request = toRequest(draft);
    invite.mutate(request, {
      onSuccess: () => {
        const flash: PeopleFlash = {
          title: 'Invitation sent',
          text: `${request.fullName} has been emailed a link to create their account. It works for 7 days.`,
        };
        navigate(paths.people, { state: { flash } });
      },
      onError: (error) => {
        // "This email address already has an account or a pending invitation" is about the email.
        if (error instanceof ApiError && error.status === 409)
          return fail([{ field: 'email', message: error.message }]);
        fail(problemsFromError(error, FIELDS));
      },
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption="People">Invite a person</PageHeading>
        <p>We will email them a link to create their account. The link works once, for 7 days.</p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="off"
            spellCheck={false}
            value={draft.email}
            error={errorFor(problems, 'email')}
            onChange={(event) => set('email', event.currentTarget.value)}
          />
          <TextInput
            id="full-name"
            name="fullName"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            value={draft.fullName}
            error={errorFor(problems, 'full-name')}
            onChange={(event) => set('fullName', event.currentTarget.value)}
          />
          <TextInput
            id="job-title"
            name="jobTitle"
            label="Job title (optional)"
            hint="For example, Social Prescribing Link Worker"
            autoComplete="off"
            value={draft.jobTitle}
            error={errorFor(problems, 'job-title')}
            onChange={(event) => set('jobTitle', event.currentTarget.value)}
          />
          <RoleFields
            roles={draft.roles}
            supervisionTypes={draft.supervisionTypes}
            onRolesChange={(roles) => set('roles', roles)}
            onSupervisionTypesChange={(types) => set('supervisionTypes', types)}
            rolesError={errorFor(problems, ROLES_INPUT_ID)}
            supervisionTypesError={errorFor(problems, SUPERVISION_TYPES_INPUT_ID)}
          />
          <Button type="submit" disabled={invite.isPending}>
            Send invitation
          </Button>
        </form>
        <CancelToPeople />
      </div>
    </div>
  );
}
