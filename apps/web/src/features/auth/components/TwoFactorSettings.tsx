import { Button, InsetText, NotificationBanner, TextInput, WarningCallout } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { PageHeading } from '../../../lib/components/PageHeading';
import { errorFor, problemsFromError, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useDisableTotp, useEnableTotp, useStartTotpSetup, type TotpSetup } from '../api/two-factor';
import type { MeView } from '../../../lib/api/me';
import { mustSetUpTwoFactor } from '../../../lib/access';
import { paths } from '../../../config/paths';

const CODE_FIELDS: readonly FieldSpec[] = [{ apiName: 'code', inputId: 'code', label: 'Code' }];

/** `ABCDEFGHIJKL…` → `ABCD EFGH IJKL …`: easier to read out and type into an app. */
function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * `/account/two-factor`: turn on two-step verification with an authenticator
 * app (the secret shown as an `otpauth:` link and as text to type in), confirm
 * it with a code, and see the recovery codes once. People whose role does not
 * need it can turn it off again.
 */
export function TwoFactorSettings({ me }: { me: MeView }) {
  const setup = useStartTotpSetup();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { problems, attempt, fail, clear } = useFormProblems();

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  if (setup.data) {
    return (
      <ConfirmSetup
        setup={setup.data}
        onEnabled={setRecoveryCodes}
        onRestart={() => setup.mutate(undefined, { onError: (error) => fail(problemsFromError(error, [])) })}
      />
    );
  }

  const start = () => {
    clear();
    setup.mutate(undefined, { onError: (error) => fail(problemsFromError(error, [])) });
  };

  return <Overview me={me} problems={problems} attempt={attempt} onStart={start} starting={setup.isPending} />;
}

function Overview({
  me,
  problems,
  attempt,
  onStart,
  starting,
}: {
  me: MeView;
  problems: FormProblem[];
  attempt: number;
  onStart: () => void;
  starting: boolean;
}) {
  useDocumentTitle('Two-step verification');
  const required = Boolean(me.totpRequired);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading>Two-step verification</PageHeading>
        {mustSetUpTwoFactor(me) && (
          <WarningCallout>
            <WarningCallout.Heading headingLevel="h2">Set up two-step verification to continue</WarningCallout.Heading>
            <p>
              Your role can see other people’s records, so Ladder needs a code from an authenticator app as well as your
              password. You cannot use the rest of Ladder until it is set up.
            </p>
          </WarningCallout>
        )}
        {me.totpEnabled ? (
          <>
            <p>
              <strong>Two-step verification is on.</strong> Ladder asks for a code from your authenticator app each time
              you sign in.
            </p>
            <h2>Moving to a new phone</h2>
            <p>Set it up again with the new phone. Your current app keeps working until you confirm the new one.</p>
            <Button type="button" secondary onClick={onStart} disabled={starting}>
              Set up on a new phone
            </Button>
            {required ? (
              <InsetText>
                <p>Your role needs two-step verification, so it cannot be turned off.</p>
              </InsetText>
            ) : (
              <TurnOff />
            )}
          </>
        ) : (
          <>
            <p>
              Two-step verification protects your account: as well as your password, you enter a code from an
              authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator.
            </p>
            {!required && <p>Two-step verification is off.</p>}
            <Button type="button" onClick={onStart} disabled={starting}>
              Set up two-step verification
            </Button>
          </>
        )}
      </div>
    </div>
  );
}

function ConfirmSetup({
  setup,
  onEnabled,
  onRestart,
}: {
  setup: TotpSetup;
  onEnabled: (codes: string[]) => void;
  onRestart: () => void;
}) {
  const enable = useEnableTotp();
  const [code, setCode] = useState('');
  const { problems, attempt, fail, clear } = useFormProblems();
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Set up two-step verification`);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.replace(/\s/g, '');
    if (trimmed === '') return fail([{ field: 'code', message: 'Enter the 6-digit code from your authenticator app' }]);
    if (!/^\d{6}$/.test(trimmed)) return fail([{ field: 'code', message: 'Code must be 6 digits' }]);
    clear();
    enable.mutate(trimmed, {
      onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes),
      onError: (error) => fail(problemsFromError(error, CODE_FIELDS)),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <PageHeading>Set up two-step verification</PageHeading>
        <ol className="nhsuk-list nhsuk-list--number">
          <li>
            Open an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator, and choose
            to add an account.
          </li>
          <li>
            <p className="nhsuk-u-margin-bottom-2">
              Choose to enter a setup key (it may be called a secret key or code), and enter:
            </p>
            <dl className="nhsuk-summary-list">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Account name</dt>
                <dd className="nhsuk-summary-list__value">Ladder</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Setup key</dt>
                <dd className="nhsuk-summary-list__value">
                  <strong id="totp-secret" className="nhsuk-u-font-size-22">
                    {groupSecret(setup.secret)}
                  </strong>
                </dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Type of key</dt>
                <dd className="nhsuk-summary-list__value">Time based</dd>
              </div>
            </dl>
            <p>
              If you are reading this on the phone with the app, you can instead{' '}
              <a href={setup.otpauthUrl}>open Ladder’s setup link in your authenticator app</a>.
            </p>
          </li>
          <li>Enter the 6-digit code the app now shows for Ladder.</li>
        </ol>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="code"
            name="code"
            label="Code from your authenticator app"
            hint="For example, 123456"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            width={10}
            value={code}
            error={errorFor(problems, 'code')}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <Button type="submit" disabled={enable.isPending}>
            Turn on two-step verification
          </Button>
        </form>
        <p>
          <Button type="button" secondary onClick={onRestart}>
            Get a new setup key
          </Button>
        </p>
      </div>
    </div>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  useDocumentTitle('Save your recovery codes');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <NotificationBanner success title="Success" titleId="two-factor-on-title">
          <NotificationBanner.Heading>Two-step verification is on</NotificationBanner.Heading>
        </NotificationBanner>
        <PageHeading>Save your recovery codes</PageHeading>
        <WarningCallout>
          <WarningCallout.Heading headingLevel="h2">You will only see these codes once</WarningCallout.Heading>
          <p>
            If you lose your phone, sign in with one of these codes instead of a code from the app. Each code works
            once. Print them or keep them in a password manager, not on your phone.
          </p>
        </WarningCallout>
        <ol className="nhsuk-list nhsuk-list--number" aria-label="Recovery codes">
          {codes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <strong className="nhsuk-u-font-size-22">{recoveryCode}</strong>
            </li>
          ))}
        </ol>
        <p>
          <Link to={paths.home} className="nhsuk-button">
            I have saved my recovery codes
          </Link>
        </p>
      </div>
    </div>
  );
}

function TurnOff() {
  const disable = useDisableTotp();
  const [code, setCode] = useState('');
  const { problems, attempt, fail, clear } = useFormProblems();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (trimmed === '') {
      return fail([{ field: 'disable-code', message: 'Enter a code from your authenticator app, or a recovery code' }]);
    }
    clear();
    disable.mutate(/^\d[\d\s]*$/.test(trimmed) ? trimmed.replace(/\s/g, '') : trimmed, {
      onSuccess: () => setCode(''),
      onError: (error) => fail(problemsFromError(error, [{ apiName: 'code', inputId: 'disable-code', label: 'Code' }])),
    });
  };

  return (
    <section aria-labelledby="turn-off-heading">
      <h2 id="turn-off-heading">Turn off two-step verification</h2>
      <FormErrorSummary problems={problems} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="disable-code"
          name="code"
          label="Code from your authenticator app, or a recovery code"
          autoComplete="one-time-code"
          spellCheck={false}
          width={20}
          value={code}
          error={errorFor(problems, 'disable-code')}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button type="submit" warning disabled={disable.isPending}>
          Turn off two-step verification
        </Button>
      </form>
    </section>
  );
}
