import { Button, PasswordInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { errorFor, problemsFromError, type FieldSpec } from '../../../lib/field-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { usePasswordResetLink, useRequestPasswordReset, useResetPassword } from '../api/password-reset';
import { PASSWORD_HINT } from '../model/password-policy';
import type { SignInState } from '../model/return-to';
import { EmailInput } from './EmailInput';
import { LinkProblem } from './LinkProblem';
import { NEW_PASSWORD_INPUT_ID, useNewPasswordForm } from './use-new-password-form';
import { paths } from '../../../config/paths';

const EMAIL_FIELDS: readonly FieldSpec[] = [{ apiName: 'email', inputId: 'email', label: 'Email address' }];

/** `/password-reset`: ask for a reset link by email. The answer is the same whether or not the email has an account. */
export function RequestPasswordReset() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const { problems, attempt, fail, clear } = useFormProblems();
  useDocumentTitle(
    request.isSuccess ? 'Check your email' : `${problems.length > 0 ? 'Error: ' : ''}Reset your password`,
  );

  if (request.isSuccess) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>Check your email</PageHeading>
          <p>{request.data.message}</p>
          <p>The link works once. If it does not arrive within a few minutes, check your spam folder.</p>
          <p>
            <Link to={paths.signIn}>Return to sign in</Link>
          </p>
        </div>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (trimmed === '') return fail([{ field: 'email', message: 'Enter your email address' }]);
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
      return fail([{ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' }]);
    }
    clear();
    request.mutate(trimmed, { onError: (error) => fail(problemsFromError(error, EMAIL_FIELDS)) });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading>Reset your password</PageHeading>
        <p>Enter the email address you sign in with. We will email you a link to choose a new password.</p>
        <form onSubmit={onSubmit} noValidate>
          <EmailInput value={email} error={errorFor(problems, 'email')} onChange={setEmail} />
          <Button type="submit" disabled={request.isPending}>
            Send reset link
          </Button>
        </form>
        <p>
          <Link to={paths.signIn}>Return to sign in</Link>
        </p>
      </div>
    </div>
  );
}

/** `/password-reset/:token`: choose a new password; every session of the person ends, and they sign in again. */
export function ResetPassword({ token }: { token: string }) {
  const link = usePasswordResetLink(token);
  if (link.isPending) return <Loading what="your reset link" />;
  if (link.isError) {
    return (
      <LinkProblem error={link.error} title="This password reset link is not valid">
        <p>
          <Link to={paths.passwordReset}>Ask for a new link</Link>
        </p>
      </LinkProblem>
    );
  }
  return <NewPasswordForm token={token} email={link.data.email} />;
}

function NewPasswordForm({ token, email }: { token: string; email: string }) {
  const navigate = useNavigate();
  const reset = useResetPassword(token);
  const { password, setPassword, problems, attempt, onSubmit } = useNewPasswordForm((chosen, onError) =>
    reset.mutate(chosen, {
      onSuccess: () => {
        const state: SignInState = { passwordReset: true };
        navigate(paths.signIn, { state });
      },
      onError,
    }),
  );
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Choose a new password`);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading>Choose a new password</PageHeading>
        <p>For {email}. You will be signed out everywhere, then sign in again with the new password.</p>
        <form onSubmit={onSubmit} noValidate>
          <PasswordInput
            id={NEW_PASSWORD_INPUT_ID}
            name="password"
            label="New password"
            hint={PASSWORD_HINT}
            autoComplete="new-password"
            value={password}
            error={errorFor(problems, NEW_PASSWORD_INPUT_ID)}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" disabled={reset.isPending}>
            Change password
          </Button>
        </form>
      </div>
    </div>
  );
}
