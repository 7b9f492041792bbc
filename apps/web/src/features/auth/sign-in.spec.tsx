import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSRF_TOKEN, PRIYA, renderApp, SAM, signedInAs, TOM, type ApiCall, type Reply } from '../../test/api-stub';

afterEach(() => vi.unstubAllGlobals());

const logins = (calls: ApiCall[]) => calls.filter((call) => call.method === 'POST' && call.path === '/api/auth/login');

function fillIn(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submitCredentials(email: string, password: string) {
  await screen.findByRole('heading', { level: 1, name: 'Sign in to Ladder' });
  fillIn('Email address', email);
  fillIn('Password', password);
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** The error summary: its title, and each problem with where its link goes. */
async function errorSummary() {
  const summary = (await screen.findByRole('heading', { name: 'There is a problem' })).closest(
    '.nhsuk-error-summary',
  ) as HTMLElement;
  const problems = within(summary)
    .getAllByRole('listitem')
    .map((item) => [item.textContent, item.querySelector('a')?.getAttribute('href') ?? null]);
  return { summary, problems };
}

/** Answers the login route in turn: the first call gets the first reply, and so on. */
function inTurn(...replies: Reply[]) {
  return (_call: ApiCall, calls: ApiCall[]): Reply => replies[Math.min(logins(calls).length - 1, replies.length - 1)];
}

describe('sign-in (/sign-in)', () => {
  it('signs a link worker in with the CSRF header, greets them by name and shows the account area', async () => {
    let signedIn = false;
    const { calls } = renderApp('/sign-in', {
      'GET /api/auth/me': () =>
        signedIn ? { body: SAM } : { status: 401, body: { statusCode: 401, message: 'Sign in to continue' } },
      'POST /api/auth/login': () => {
        signedIn = true;
        return { body: SAM };
      },
    });
    await submitCredentials(' sam.link@demo.ladder.test ', 'ladder-demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam Patel' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/$/);
    const [login] = logins(calls);
    expect(login.body).toEqual({ email: 'sam.link@demo.ladder.test', password: 'ladder-demo-2026' });
    expect(login.headers['x-csrf-token']).toBe(CSRF_TOKEN);
    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(account).toHaveTextContent('Signed in as Sam Patel');
    expect(within(account).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the competency frameworks' })).toHaveAttribute('href', '/frameworks');
  });

  it('says what is missing before asking the API, in a focused error summary linked to the fields', async () => {
    const { calls } = renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Ladder' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const { summary, problems } = await errorSummary();
    expect(problems).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(/Enter your email address/);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Enter your password/);
    expect(document.title).toBe('Error: Sign in – Ladder');
    expect(logins(calls)).toHaveLength(0);
  });

  it('puts the API’s field errors on their fields', async () => {
    renderApp('/sign-in', {
      'POST /api/auth/login': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'email must be an email address',
          errors: ['email must be an email address'],
        },
      },
    });
    await submitCredentials('sam@demo', 'ladder-demo-2026');
    const { problems } = await errorSummary();
    expect(problems).toEqual([['Email address must be an email address', '#email']]);
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      /Email address must be an email address/,
    );
  });

  it('says when the email address or password is not right (401)', async () => {
    renderApp('/sign-in', {
      'POST /api/auth/login': {
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'The email address or password is not right' },
      },
    });
    await submitCredentials('sam.link@demo.ladder.test', 'wrong password');
    const { summary, problems } = await errorSummary();
    expect(problems).toEqual([['The email address or password is not right', '#password']]);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Ladder' })).toBeInTheDocument();
  });

  it('says when there have been too many attempts (429)', async () => {
    const message = 'Too many sign-in attempts for this account. Try again in 14 minutes.';
    renderApp('/sign-in', {
      'POST /api/auth/login': {
        status: 429,
        body: { statusCode: 429, error: 'Too Many Requests', message, retryAfterSeconds: 840 },
      },
    });
    await submitCredentials('sam.link@demo.ladder.test', 'ladder-demo-2026');
    const { problems } = await errorSummary();
    expect(problems).toEqual([[message, null]]);
  });

  it('asks for the 6-digit code when the account has two-step verification, then signs in', async () => {
    const needCode = {
      statusCode: 401,
      message: 'Enter the 6-digit code from your authenticator app',
      totpRequired: true,
    };
    // The answer to the last attempt is who is signed in; /api/auth/me is not asked again.
    const { calls } = renderApp('/sign-in', {
      'POST /api/auth/login': inTurn(
        { status: 401, body: needCode },
        { status: 401, body: { ...needCode, errors: ['totp is not right, or was already used'] } },
        { body: PRIYA },
      ),
    });
    await submitCredentials('admin@demo.ladder.test', 'ladder-demo-2026');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Enter your security code' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).not.toBeInTheDocument();
    const code = screen.getByLabelText('Security code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await errorSummary()).problems).toEqual([['Enter the 6-digit code from your authenticator app', '#totp']]);

    fillIn('Security code', '12345');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await errorSummary()).problems).toEqual([['Security code must be 6 digits', '#totp']]);
    expect(logins(calls)).toHaveLength(1);

    fillIn('Security code', '123 456');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Security code')).toHaveAccessibleDescription(
        /Security code is not right, or was already used/,
      ),
    );
    expect(logins(calls)[1].body).toEqual({
      email: 'admin@demo.ladder.test',
      password: 'ladder-demo-2026',
      totp: '123456',
    });

    fillIn('Security code', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Priya Shah' })).toBeInTheDocument();
    expect(logins(calls)[2].body).toMatchObject({ totp: '654321' });
  });

  it('takes a recovery code instead of the app’s code', async () => {
    const { calls } = renderApp('/sign-in', {
      'POST /api/auth/login': inTurn(
        { status: 401, body: { message: 'Enter the 6-digit code from your authenticator app', totpRequired: true } },
        { body: PRIYA },
      ),
    });
    await submitCredentials('admin@demo.ladder.test', 'ladder-demo-2026');
    fireEvent.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    fillIn('Recovery code', 'abcd-efgh-jkmn-pqrs');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(logins(calls)).toHaveLength(2));
    expect(logins(calls)[1].body).toEqual({
      email: 'admin@demo.ladder.test',
      password: 'ladder-demo-2026',
      recoveryCode: 'abcd-efgh-jkmn-pqrs',
    });
  });

  it('links to the forgotten password page', async () => {
    renderApp('/sign-in');
    expect(await screen.findByRole('link', { name: 'Forgotten your password?' })).toHaveAttribute(
      'href',
      '/password-reset',
    );
  });

  it('sends someone signed out from a protected page to sign in, and back there afterwards', async () => {
    let signedIn = false;
    renderApp('/supervisees', {
      'GET /api/auth/me': () => (signedIn ? { body: TOM } : { status: 401, body: { message: 'Sign in to continue' } }),
      'POST /api/auth/login': () => {
        signedIn = true;
        return { body: TOM };
      },
      'GET /api/people': { body: [] },
      'GET /api/supervision-assignments': { body: [] },
    });
    await submitCredentials('supervisor.one@demo.ladder.test', 'ladder-demo-2026');
    expect(await screen.findByRole('heading', { level: 1, name: 'My supervisees' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/supervisees$/);
  });

  it('signs out with a button, and says so on the sign-in page', async () => {
    let signedIn = true;
    const { calls } = renderApp('/', {
      'GET /api/auth/me': () => (signedIn ? { body: SAM } : { status: 401, body: { message: 'Sign in to continue' } }),
      'POST /api/auth/logout': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam Patel' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'You have signed out' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/sign-in$/);
    const logout = calls.find((call) => call.path === '/api/auth/logout');
    expect(logout?.headers['x-csrf-token']).toBe(CSRF_TOKEN);
    await waitFor(() =>
      expect(
        within(screen.getByRole('navigation', { name: 'Account' })).getByRole('link', { name: 'Sign in' }),
      ).toBeInTheDocument(),
    );
  });

  it('sends an admin who must set up two-step verification to its set-up page, wherever they go', async () => {
    renderApp('/people', signedInAs({ ...PRIYA, totpEnabled: false }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Two-step verification' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('/account/two-factor');
    expect(screen.getByText('Set up two-step verification to continue')).toBeInTheDocument();
    // Nothing in the navigation leads anywhere the session cannot go yet.
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Frameworks']);
  });

  it('fetches a fresh CSRF token and tries once more when the API refuses the old one', async () => {
    let tokens = 0;
    const { calls } = renderApp('/sign-in', {
      'GET /api/auth/csrf': () => ({ body: { csrfToken: `token-${++tokens}` } }),
      'POST /api/auth/login': (call) =>
        call.headers['x-csrf-token'] === 'token-2'
          ? { body: SAM }
          : {
              status: 403,
              body: { statusCode: 403, message: 'Missing or invalid CSRF token: fetch /api/auth/csrf and send it' },
            },
    });
    await submitCredentials('sam.link@demo.ladder.test', 'ladder-demo-2026');
    await waitFor(() => expect(logins(calls)).toHaveLength(2));
    expect(logins(calls).map((call) => call.headers['x-csrf-token'])).toEqual(['token-1', 'token-2']);
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).not.toBeInTheDocument();
  });

  it('notices when the session has ended, and offers to sign in again and come back', async () => {
    let signedIn = true;
    let peopleAsked = 0;
    renderApp('/supervisees', {
      'GET /api/auth/me': () => (signedIn ? { body: TOM } : { status: 401, body: { message: 'Sign in to continue' } }),
      'GET /api/people': () => {
        // The session ends (idle too long) just before the page asks for its people.
        if (++peopleAsked === 1) {
          signedIn = false;
          return { status: 401, body: { statusCode: 401, message: 'Sign in to continue' } };
        }
        return { body: [] };
      },
      'GET /api/supervision-assignments': { body: [] },
      'POST /api/auth/login': () => {
        signedIn = true;
        return { body: TOM };
      },
    });
    // The header catches up too: the person is no longer shown as signed in.
    await waitFor(() =>
      expect(
        within(screen.getByRole('navigation', { name: 'Account' })).getByRole('link', { name: 'Sign in' }),
      ).toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'You have been signed out' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Sign in again' }));
    await submitCredentials('supervisor.one@demo.ladder.test', 'ladder-demo-2026');
    expect(await screen.findByRole('heading', { level: 1, name: 'My supervisees' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/supervisees$/);
  });
});
