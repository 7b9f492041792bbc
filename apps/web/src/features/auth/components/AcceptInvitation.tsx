import { Button, PasswordInput } from 'nhsuk-react-components';
import { Link, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { formatDate } from '../../../lib/dates';
import { errorFor } from '../../../lib/field-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAcceptInvitation, useInvitationLink, type InvitationLink } from '../api/invitation-link';
import { PASSWORD_HINT } from '../model/password-policy';
import type { SignInState } from '../model/return-to';
import { LinkProblem } from './LinkProblem';
import { NEW_PASSWORD_INPUT_ID, useNewPasswordForm } from './use-new-password-form';
import { paths } from '../../../config/paths';

/** `/invitations/:token`: who is invited to which organisation, and a password to create the account. */
export function AcceptInvitation({ token }: { token: string }) {
  const invitation = useInvitationLink(token);
  if (invitation.isPending) return <Loading what="your invitation" />;
  if (invitation.isError) {
    return (
      <LinkProblem error={invitation.error} title="This invitation link is not valid">
        <p>Ask the person who invited you to send a new invitation.</p>
        <p>
          If you already have an account, <Link to={paths.signIn}>sign in</Link>.
        </p>
      </LinkProblem>
    );
  }
  return <CreateAccountForm token={token} invitation={invitation.data} />;
}

function CreateAccountForm({ token, invitation }: { token: string; invitation: InvitationLink }) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const { password, setPassword, problems, attempt, onSubmit } = useNewPasswordForm((chosen, onError) =>
    accept.mutate(chosen, {
      onSuccess: ({ email }) => {
        const state: SignInState = { accountCreatedFor: email };
        navigate(paths.signIn, { state });
      },
      onError,
    }),
  );
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Create your Ladder account`);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading caption={invitation.organisationName}>Create your Ladder account</PageHeading>
        <p className="nhsuk-lede-text">
          {invitation.organisationName} has invited {invitation.fullName} to join Ladder, where you will keep your
          competency assessments and CPD portfolio.
        </p>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Name</dt>
            <dd className="nhsuk-summary-list__value">{invitation.fullName}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Email address</dt>
            <dd className="nhsuk-summary-list__value">{invitation.email}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Organisation</dt>
            <dd className="nhsuk-summary-list__value">{invitation.organisationName}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Invitation expires</dt>
            <dd className="nhsuk-summary-list__value">{formatDate(invitation.expiresAt)}</dd>
          </div>
        </dl>
        <form onSubmit={onSubmit} noValidate>
          <PasswordInput
            id={NEW_PASSWORD_INPUT_ID}
            name="password"
            label="Create a password"
            labelProps={{ size: 'm' }}
            hint={PASSWORD_HINT}
            autoComplete="new-password"
            value={password}
            error={errorFor(problems, NEW_PASSWORD_INPUT_ID)}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" disabled={accept.isPending}>
            Create account
          </Button>
        </form>
      </div>
    </div>
  );
}
