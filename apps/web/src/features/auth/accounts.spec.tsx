import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSRF_TOKEN, renderApp, SAM, signedInAs, type ApiCall } from '../../test/api-stub';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';
const INVITATION = {
  email: 'rowan.ellis@example.org',
  fullName: 'Rowan Ellis',
  organisationName: 'Mendip Demo Primary Care Network',
  expiresAt: '2026-03-12T10:00:00.000Z',
};

function problemsIn(summaryHeading: HTMLElement) {
  const summary = summaryHeading.closest('.nhsuk-error-summary') as HTMLElement;
  return within(summary)
    .getAllByRole('listitem')
    .map((item) => [item.textContent, item.querySelector('a')?.getAttribute('href') ?? null]);
}

const posts = (calls: ApiCall[], path: string) => calls.filter((call) => call.method === 'POST' && call.path === path);

describe('accepting an invitation (/invitations/:token)', () => {
  const acceptPath = `/api/invitations/${TOKEN}/accept`;

  it('says who is invited to which organisation, and states the password policy', async () => {
    renderApp(`/invitations/${TOKEN}`, { [`GET /api/invitations/${TOKEN}`]: { body: INVITATION } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Create your Ladder account' })).toBeInTheDocument();
    expect(
      screen.getByText(/Mendip Demo Primary Care Network has invited Rowan Ellis to join Ladder/),
    ).toBeInTheDocument();
    expect(screen.getByText('rowan.ellis@example.org')).toBeInTheDocument();
    expect(screen.getByText('12 March 2026')).toBeInTheDocument();
    const password = screen.getByLabelText('Create a password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAccessibleDescription(
      /must be at least 12 characters long and must not be a commonly used password/,
    );
    expect(document.title).toBe('Create your Ladder account – Ladder');
  });

  it('checks the length before sending, and shows the API’s policy errors on the password field', async () => {
    const { calls } = renderApp(`/invitations/${TOKEN}`, {
      [`GET /api/invitations/${TOKEN}`]: { body: INVITATION },
      [`POST ${acceptPath}`]: {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'password is too common: choose something harder to guess',
          errors: [
            'password is too common: choose something harder to guess',
            'password must not contain the first part of your email address',
          ],
        },
      },
    });
    const password = await screen.findByLabelText('Create a password');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(problemsIn(await screen.findByRole('heading', { name: 'There is a problem' }))).toEqual([
      ['Enter a password', '#password'],
    ]);

    fireEvent.change(password, { target: { value: 'short one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(problemsIn(screen.getByRole('heading', { name: 'There is a problem' }))).toEqual([
        ['Password must be at least 12 characters', '#password'],
      ]),
    );
    expect(posts(calls, acceptPath)).toHaveLength(0);

    fireEvent.change(password, { target: { value: 'rowan.ellis password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(problemsIn(screen.getByRole('heading', { name: 'There is a problem' }))).toEqual([
        ['Password is too common: choose something harder to guess', '#password'],
        ['Password must not contain the first part of your email address', '#password'],
      ]),
    );
    expect(password).toHaveAccessibleDescription(/Password is too common/);
    expect(posts(calls, acceptPath)[0].body).toEqual({ password: 'rowan.ellis password' });
    expect(posts(calls, acceptPath)[0].headers['x-csrf-token']).toBe(CSRF_TOKEN);
    expect(document.title).toBe('Error: Create your Ladder account – Ladder');
  });

  it('creates the account and goes to sign in, with a success message and the email filled in', async () => {
    renderApp(`/invitations/${TOKEN}`, {
      [`GET /api/invitations/${TOKEN}`]: { body: INVITATION },
      [`POST ${acceptPath}`]: { status: 201, body: { email: INVITATION.email } },
    });
    fireEvent.change(await screen.findByLabelText('Create a password'), {
      target: { value: 'orbit velvet cabbage tram' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Your account has been created' })).toBeInTheDocument();
    expect(screen.getByText('Sign in with rowan.ellis@example.org and the password you chose.')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/sign-in$/);
    expect(screen.getByLabelText('Email address')).toHaveValue('rowan.ellis@example.org');
  });

  it('says plainly when the link is not valid', async () => {
    renderApp(`/invitations/${TOKEN}`, {
      [`GET /api/invitations/${TOKEN}`]: {
        status: 404,
        body: {
          statusCode: 404,
          message: 'This invitation link is not valid. It may have expired or been used already.',
        },
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation link is not valid' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ask the person who invited you to send a new invitation.')).toBeInTheDocument();
  });
});

describe('password reset (/password-reset)', () => {
  it('asks for the email and shows the API’s answer', async () => {
    const message = 'If that email address has an account, we have sent it a link to reset the password.';
    const { calls } = renderApp('/password-reset', {
      'POST /api/auth/password-reset': { status: 202, body: { message } },
    });
    await screen.findByRole('heading', { level: 1, name: 'Reset your password' });
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(problemsIn(await screen.findByRole('heading', { name: 'There is a problem' }))).toEqual([
      ['Enter your email address', '#email'],
    ]);
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'sam.link@demo.ladder.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(posts(calls, '/api/auth/password-reset')[0].body).toEqual({ email: 'sam.link@demo.ladder.test' });
  });

  it('sets a new password from the link, then goes to sign in', async () => {
    const { calls } = renderApp(`/password-reset/${TOKEN}`, {
      [`GET /api/auth/password-reset/${TOKEN}`]: { body: { email: 'sam.link@demo.ladder.test' } },
      [`POST /api/auth/password-reset/${TOKEN}`]: { status: 204 },
    });
    expect(await screen.findByText(/For sam\.link@demo\.ladder\.test\./)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'orbit velvet cabbage tram' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('heading', { name: 'Your password has been changed' })).toBeInTheDocument();
    expect(posts(calls, `/api/auth/password-reset/${TOKEN}`)[0].body).toEqual({
      password: 'orbit velvet cabbage tram',
    });
  });

  it('offers a new link when the reset link is not valid', async () => {
    renderApp(`/password-reset/${TOKEN}`, {
      [`GET /api/auth/password-reset/${TOKEN}`]: { status: 404, body: { statusCode: 404, message: 'Not valid' } },
    });
    expect(await screen.findByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/password-reset');
  });
});

describe('two-step verification (/account/two-factor)', () => {
  const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const OTPAUTH = `otpauth://totp/Ladder:sam.link%40demo.ladder.test?secret=${SECRET}&issuer=Ladder`;

  it('sets up an authenticator app with the secret shown as text, confirms a code and shows the recovery codes once', async () => {
    const recoveryCodes = Array.from(
      { length: 10 },
      (_, index) => `abcd-efgh-jkmn-pq${String(index).padStart(2, '0')}`,
    );
    const { calls } = renderApp('/account/two-factor', {
      ...signedInAs(SAM),
      'POST /api/auth/totp/setup': { body: { secret: SECRET, otpauthUrl: OTPAUTH } },
      'POST /api/auth/totp/enable': (call) =>
        (call.body as { code: string }).code === '123456'
          ? { body: { recoveryCodes } }
          : {
              status: 400,
              body: {
                statusCode: 400,
                message: 'code is not the one your authenticator app shows now for Ladder',
                errors: ['code is not the one your authenticator app shows now for Ladder'],
              },
            },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-step verification' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up two-step verification' })).toBeInTheDocument();
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /open Ladder’s setup link/ })).toHaveAttribute('href', OTPAUTH);

    fireEvent.change(screen.getByLabelText('Code from your authenticator app'), { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(problemsIn(await screen.findByRole('heading', { name: 'There is a problem' }))).toEqual([
      ['Code is not the one your authenticator app shows now for Ladder', '#code'],
    ]);

    fireEvent.change(screen.getByLabelText('Code from your authenticator app'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Save your recovery codes' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(recoveryCodes);
    expect(screen.getByText('You will only see these codes once')).toBeInTheDocument();
    expect(calls.filter((call) => call.path === '/api/auth/totp/enable').map((call) => call.body)).toEqual([
      { code: '000000' },
      { code: '123456' },
    ]);
  });
});
