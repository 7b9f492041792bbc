import { Button, NotificationBanner, PasswordInput, TextInput } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { PageHeading } from '../../../lib/components/PageHeading';
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useSignIn, type Credentials } from '../api/sign-in';
import { readSignInState, returnPath, type SignInState } from '../model/return-to';
import { EmailInput } from './EmailInput';
import { useMe, type MeView } from '../../../lib/api/me';
import { mustSetUpTwoFactor } from '../../../lib/access';
import { paths } from '../../../config/paths';

type Step = 'password' | 'code';
type CodeKind = 'totp' | 'recoveryCode';

const FIELDS: readonly FieldSpec[] = [
  { apiName: 'email', inputId: 'email', label: 'Email address' },
  { apiName: 'password', inputId: 'password', label: 'Password' },
  { apiName: 'totp', inputId: 'totp', label: 'Security code' },
  { apiName: 'recoveryCode', inputId: 'recovery-code', label: 'Recovery code' },
];

const SIX_DIGITS = /^\d{6}$/;

/** Where to go once signed in: set-up of two-step verification first if the role needs it, else back where they were. */
function destinationAfterSignIn(me: MeView, state: SignInState): string {
  return mustSetUpTwoFactor(me) ? paths.twoFactor : returnPath(state);
}

function checkPasswordStep(email: string, password: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (email.trim() === '') problems.push({ field: 'email', message: 'Enter your email address' });
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (password === '') problems.push({ field: 'password', message: 'Enter your password' });
  return problems;
}

function checkCodeStep(kind: CodeKind, code: string): FormProblem[] {
  if (kind === 'totp') {
    if (code === '') return [{ field: 'totp', message: 'Enter the 6-digit code from your authenticator app' }];
    if (!SIX_DIGITS.test(code)) return [{ field: 'totp', message: 'Security code must be 6 digits' }];
    return [];
  }
  return code === '' ? [{ field: 'recovery-code', message: 'Enter one of your recovery codes' }] : [];
}

/**
 * `/sign-in`: email and password, then — when the account has two-step
 * verification on — the 6-digit code from the authenticator app (or a recovery
 * code). Afterwards the person goes back to the page that sent them here.
 */
export function SignIn() {
  const location = useLocation();
  const state = readSignInState(location.state);
  const me = useMe();
  const signIn = useSignIn();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState(state.accountCreatedFor ?? '');
  const [password, setPassword] = useState('');
  const [codeKind, setCodeKind] = useState<CodeKind>('totp');
  const [code, setCode] = useState('');
  const { problems, attempt, fail, clear } = useFormProblems();
  const codeHeading = useRef<HTMLHeadingElement>(null);

  useDocumentTitle(
    `${problems.length > 0 ? 'Error: ' : ''}${step === 'code' ? 'Enter your security code' : 'Sign in'}`,
  );

  useEffect(() => {
    if (step === 'code') codeHeading.current?.focus();
  }, [step]);

  // Signed in (just now, or already): on to where they were going.
  if (me.data) return <Navigate to={destinationAfterSignIn(me.data, state)} replace />;

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.body.totpRequired === true) {
      if (step === 'password') {
        // Not a failure: the password was right and the account asks for its second step.
        clear();
        setStep('code');
        return;
      }
      const field = codeKind === 'totp' ? 'totp' : 'recovery-code';
      const label = codeKind === 'totp' ? 'Security code' : 'Recovery code';
      fail([{ field, message: `${label} is not right, or was already used` }]);
      return;
    }
    if (error instanceof ApiError && error.status === 401) {
      // The password no longer matches (changed meanwhile): start again.
      setStep('password');
      setCode('');
      fail([{ field: 'password', message: error.message }]);
      return;
    }
    if (error instanceof ApiError && error.status === 429) {
      fail([{ message: error.message }]);
      return;
    }
    fail(problemsFromError(error, FIELDS));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmedCode = code.replace(/\s/g, '');
    const found = step === 'password' ? checkPasswordStep(email, password) : checkCodeStep(codeKind, trimmedCode);
    if (found.length > 0) return fail(found);
    clear();
    const credentials: Credentials = { email: email.trim(), password };
    if (step === 'code') credentials[codeKind] = codeKind === 'totp' ? trimmedCode : code.trim();
    signIn.mutate(credentials, { onError });
  };

  const switchCodeKind = () => {
    setCodeKind((kind) => (kind === 'totp' ? 'recoveryCode' : 'totp'));
    setCode('');
    clear();
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SignInBanner state={state} />
        <FormErrorSummary problems={problems} attempt={attempt} />
        <form onSubmit={onSubmit} noValidate>
          {step === 'password' ? (
            <>
              <PageHeading>Sign in to Ladder</PageHeading>
              <EmailInput value={email} error={errorFor(problems, 'email')} onChange={setEmail} />
              <PasswordInput
                id="password"
                name="password"
                label="Password"
                autoComplete="current-password"
                value={password}
                error={errorFor(problems, 'password')}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Button type="submit" disabled={signIn.isPending}>
                Sign in
              </Button>
              <p>
                <Link to={paths.passwordReset}>Forgotten your password?</Link>
              </p>
            </>
          ) : (
            <>
              <h1 ref={codeHeading} tabIndex={-1}>
                Enter your security code
              </h1>
              <p>Your account has two-step verification turned on.</p>
              {codeKind === 'totp' ? (
                <TextInput
                  key="totp"
                  id="totp"
                  name="totp"
                  label="Security code"
                  hint="The 6-digit code your authenticator app shows for Ladder"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  spellCheck={false}
                  width={10}
                  value={code}
                  error={errorFor(problems, 'totp')}
                  onChange={(event) => setCode(event.currentTarget.value)}
                />
              ) : (
                <TextInput
                  key="recovery-code"
                  id="recovery-code"
                  name="recoveryCode"
                  label="Recovery code"
                  hint="One of the recovery codes you saved when you set up two-step verification, like abcd-efgh-jkmn-pqrs. Each works once."
                  autoComplete="off"
                  spellCheck={false}
                  width={20}
                  value={code}
                  error={errorFor(problems, 'recovery-code')}
                  onChange={(event) => setCode(event.currentTarget.value)}
                />
              )}
              <Button type="submit" disabled={signIn.isPending}>
                Continue
              </Button>
              <p>
                <Button type="button" secondary onClick={switchCodeKind}>
                  {codeKind === 'totp' ? 'Use a recovery code instead' : 'Use a code from your authenticator app'}
                </Button>
              </p>
            </>
          )}
        </form>
      </div>
    </div>
  );
}

/** What just happened, when the person arrives here from signing out, creating an account or resetting a password. */
function SignInBanner({ state }: { state: SignInState }) {
  let title: string | undefined;
  let text: string | undefined;
  if (state.accountCreatedFor) {
    title = 'Your account has been created';
    text = `Sign in with ${state.accountCreatedFor} and the password you chose.`;
  } else if (state.passwordReset) {
    title = 'Your password has been changed';
    text = 'Sign in with your new password.';
  } else if (state.signedOut) {
    title = 'You have signed out';
    text = 'Sign in again to continue using Ladder.';
  }
  if (!title) return null;
  return (
    <NotificationBanner success title="Success" titleId="sign-in-banner-title">
      <NotificationBanner.Heading>{title}</NotificationBanner.Heading>
      <p>{text}</p>
    </NotificationBanner>
  );
}
