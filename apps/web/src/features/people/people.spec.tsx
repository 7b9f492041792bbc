import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeView } from '../../lib/api/schema.gen';
import { todayIso } from '../../lib/dates';
import { CSRF_TOKEN, PRIYA, renderApp, signedInAs, TOM, type ApiCall, type Routes } from '../../test/api-stub';

afterEach(() => vi.unstubAllGlobals());

const person = (id: string, fullName: string, roles: string[], extra: object = {}) => ({
  id,
  email: `${fullName.toLowerCase().replace(/\W+/g, '.')}@demo.ladder.test`,
  fullName,
  jobTitle: null,
  roles,
  supervisionTypes: [],
  active: true,
  experienceStartDate: null,
  employmentStartDate: null,
  ...extra,
});

const PEOPLE = [
  person(PRIYA.personId, 'Priya Shah', ['employer_admin'], { jobTitle: 'Social Prescribing Service Manager' }),
  person(TOM.personId, 'Dr Tom Hughes', ['supervisor'], { supervisionTypes: ['clinical'] }),
  person('7d3f3c2e-0000-4000-8000-000000000301', 'Sam Patel', ['link_worker']),
  person('7d3f3c2e-0000-4000-8000-000000000304', 'Chris Walker', ['link_worker'], { active: false }),
];

const ASSIGNMENTS = [
  {
    id: '7d3f3c2e-0000-4000-8000-000000000501',
    supervisorId: TOM.personId,
    supervisorName: 'Dr Tom Hughes',
    workerId: PEOPLE[2].id,
    workerName: 'Sam Patel',
    supervisionType: 'clinical',
    startsOn: '2023-02-01',
    endsOn: null,
    current: true,
  },
];

const ADMIN_ROUTES: Routes = {
  ...signedInAs(PRIYA),
  'GET /api/people': { body: PEOPLE },
  'GET /api/invitations': { body: [] },
  'GET /api/supervision-assignments': { body: ASSIGNMENTS },
};

function summaryProblems() {
  const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.nhsuk-error-summary');
  return within(summary as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => [item.textContent, item.querySelector('a')?.getAttribute('href') ?? null]);
}

/** An element's text without what is hidden from screen readers (the responsive table's per-cell headings). */
function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

const posts = (calls: ApiCall[], path: string) => calls.filter((call) => call.method === 'POST' && call.path === path);

describe('role-based navigation', () => {
  const menuFor = async (me: MeView | null) => {
    renderApp('/', me ? signedInAs(me) : {});
    const account = await screen.findByRole('navigation', { name: 'Account' });
    await within(account).findByText(me ? 'Two-step verification' : 'Sign in');
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    return within(menu)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
  };

  it.each<[string, MeView | null, string[][]]>([
    ['someone signed out', null, [['Frameworks', '/frameworks']]],
    ['a link worker', { ...PRIYA, fullName: 'Sam Patel', roles: ['link_worker'] }, [['Frameworks', '/frameworks']]],
    [
      'a supervisor',
      TOM,
      [
        ['Frameworks', '/frameworks'],
        ['My supervisees', '/supervisees'],
      ],
    ],
    [
      'an employer admin',
      PRIYA,
      [
        ['Frameworks', '/frameworks'],
        ['People', '/people'],
      ],
    ],
    [
      'a supervisor who is also an employer admin',
      { ...PRIYA, roles: ['supervisor', 'employer_admin'] },
      [
        ['Frameworks', '/frameworks'],
        ['My supervisees', '/supervisees'],
        ['People', '/people'],
      ],
    ],
    [
      'a platform admin',
      { ...PRIYA, fullName: 'Morgan Reid', organisation: null, roles: [], isPlatformAdmin: true },
      [['Frameworks', '/frameworks']],
    ],
  ])('shows %s only what they may do', async (_who, me, expected) => {
    expect(await menuFor(me)).toEqual(expected);
  });

  it('shows a link worker who opens /people that they have no access, without asking the API for people', async () => {
    const { calls } = renderApp('/people', signedInAs({ ...PRIYA, roles: ['link_worker'] }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(calls.some((call) => call.path === '/api/people')).toBe(false);
  });

  it('sends someone signed out from /people to sign in', async () => {
    renderApp('/people');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Ladder' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/sign-in$/);
  });
});

describe('people (/people)', () => {
  it('lists everyone with their roles and status, and who supervises whom', async () => {
    renderApp('/people', ADMIN_ROUTES);
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /People in your organisation/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => spokenText(within(row).getByRole('rowheader')))).toEqual([
      'Priya Shahpriya.shah@demo.ladder.testSocial Prescribing Service Manager',
      'Dr Tom Hughesdr.tom.hughes@demo.ladder.test',
      'Sam Patelsam.patel@demo.ladder.test',
      'Chris Walkerchris.walker@demo.ladder.test',
    ]);
    expect(spokenText(rows[1])).toContain('SupervisorSupervision: clinical');
    expect(rows[3]).toHaveTextContent('Deactivated');
    expect(within(rows[2]).getByRole('link', { name: 'Change Sam Patel' })).toHaveAttribute(
      'href',
      `/people/${PEOPLE[2].id}`,
    );
    const supervision = screen.getByRole('table', { name: /Supervision assignments/ });
    expect(spokenText(within(supervision).getAllByRole('row')[1])).toBe(
      'Sam PatelDr Tom HughesClinical supervisionFrom 1 February 2023CurrentEnd Dr Tom Hughes’s clinical supervision of Sam Patel',
    );
    expect(
      within(supervision).getByRole('link', { name: 'End Dr Tom Hughes’s clinical supervision of Sam Patel' }),
    ).toHaveAttribute('href', `/people/assignments/${ASSIGNMENTS[0].id}/end`);
    expect(screen.getByText('No invitations are waiting to be accepted.')).toBeInTheDocument();
  });
});

describe('inviting a person (/people/invite)', () => {
  const fillIn = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });

  it('says what is missing, linked to each field, before sending anything', async () => {
    const { calls } = renderApp('/people/invite', ADMIN_ROUTES);
    await screen.findByRole('heading', { level: 1, name: 'Invite a person' });
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() =>
      expect(summaryProblems()).toEqual([
        ['Enter their email address', '#email'],
        ['Enter their full name', '#full-name'],
        ['Select at least one role', '#role-link-worker'],
      ]),
    );
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.nhsuk-error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('group', { name: 'Roles' })).toHaveAccessibleDescription(/Select at least one role/);
    expect(document.title).toBe('Error: Invite a person – Ladder');

    fillIn('Email address', 'not an email');
    fillIn('Full name', 'Rowan Ellis');
    fireEvent.click(screen.getByLabelText('Supervisor'));
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(summaryProblems()).toEqual([
        ['Enter an email address in the correct format, like name@example.com', '#email'],
        ['Select the supervision they give', '#supervision-type-workplace'],
      ]),
    );
    expect(posts(calls, '/api/invitations')).toHaveLength(0);
  });

  it('sends the invitation with the supervision types of a supervisor, then lists it', async () => {
    let invited = false;
    const pending = {
      id: '9a3f3c2e-0000-4000-8000-000000000001',
      email: 'rowan.ellis@example.org',
      fullName: 'Rowan Ellis',
      roles: ['supervisor'],
      expiresAt: '2026-03-12T10:00:00.000Z',
    };
    const { calls } = renderApp('/people/invite', {
      ...ADMIN_ROUTES,
      'GET /api/invitations': () => ({ body: invited ? [pending] : [] }),
      'POST /api/invitations': () => {
        invited = true;
        return { status: 201, body: pending };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Invite a person' });
    fillIn('Email address', ' rowan.ellis@example.org ');
    fillIn('Full name', 'Rowan Ellis');
    fillIn('Job title (optional)', 'Clinical Supervisor');
    fireEvent.click(screen.getByLabelText('Supervisor'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Supervision they give' })).getByLabelText('Clinical'));
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('heading', { name: 'Invitation sent' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/people$/);
    const [post] = posts(calls, '/api/invitations');
    expect(post.body).toEqual({
      email: 'rowan.ellis@example.org',
      fullName: 'Rowan Ellis',
      jobTitle: 'Clinical Supervisor',
      roles: ['supervisor'],
      supervisionTypes: ['clinical'],
    });
    expect(post.headers['x-csrf-token']).toBe(CSRF_TOKEN);
    const invitations = await screen.findByRole('table', { name: 'Invitations not yet accepted' });
    expect(invitations).toHaveTextContent('Rowan Ellis');
  });

  it('puts the API’s answer on the email field when it is already in use', async () => {
    renderApp('/people/invite', {
      ...ADMIN_ROUTES,
      'POST /api/invitations': {
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'This email address already has an account or a pending invitation',
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Invite a person' });
    fillIn('Email address', 'sam.link@demo.ladder.test');
    fillIn('Full name', 'Sam Patel');
    fireEvent.click(screen.getByLabelText('Link worker'));
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(summaryProblems()).toEqual([
        ['This email address already has an account or a pending invitation', '#email'],
      ]),
    );
  });
});

describe('supervision assignments', () => {
  it('assigns a supervisor to a worker from today', async () => {
    const { calls } = renderApp('/people/assignments/new', {
      ...ADMIN_ROUTES,
      'POST /api/supervision-assignments': { status: 201, body: ASSIGNMENTS[0] },
    });
    await screen.findByRole('heading', { level: 1, name: 'Assign a supervisor' });
    // Deactivated people are not offered.
    const workers = screen.getByRole('group', { name: /Worker/ });
    expect(
      within(workers)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0].textContent),
    ).toEqual(['Sam Patel']);

    fireEvent.click(screen.getByRole('button', { name: 'Assign supervisor' }));
    await waitFor(() =>
      expect(summaryProblems()).toEqual([
        ['Select a supervisor', `#supervisor-${TOM.personId}`],
        ['Select a worker', `#worker-${PEOPLE[2].id}`],
        ['Select the type of supervision', '#type-workplace'],
      ]),
    );

    fireEvent.click(within(screen.getByRole('group', { name: 'Supervisor' })).getByLabelText('Dr Tom Hughes'));
    fireEvent.click(within(workers).getByLabelText('Sam Patel'));
    fireEvent.click(screen.getByLabelText('Clinical'));
    fireEvent.click(screen.getByRole('button', { name: 'Assign supervisor' }));
    expect(await screen.findByRole('heading', { name: 'Supervisor assigned' })).toBeInTheDocument();
    expect(posts(calls, '/api/supervision-assignments')[0].body).toEqual({
      supervisorId: TOM.personId,
      workerId: PEOPLE[2].id,
      supervisionType: 'clinical',
      startsOn: todayIso(),
    });
  });

  it('ends an assignment on the day chosen', async () => {
    const { calls } = renderApp(`/people/assignments/${ASSIGNMENTS[0].id}/end`, {
      ...ADMIN_ROUTES,
      [`PATCH /api/supervision-assignments/${ASSIGNMENTS[0].id}`]: {
        body: { ...ASSIGNMENTS[0], endsOn: '2026-03-31' },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'End supervision' });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '31' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'End supervision' }));
    await waitFor(() =>
      expect(summaryProblems()).toEqual([['Last day must be a real date, like 5 1 2026', '#ends-on-day']]),
    );
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'End supervision' }));
    expect(await screen.findByRole('heading', { name: 'Supervision ended' })).toBeInTheDocument();
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ endsOn: '2026-03-31' });
  });
});

describe('my supervisees (/supervisees)', () => {
  it('lists the people the supervisor currently supervises, with their supervision', async () => {
    renderApp('/supervisees', {
      ...signedInAs(TOM),
      'GET /api/people': { body: [PEOPLE[2]] },
      'GET /api/supervision-assignments': { body: ASSIGNMENTS },
    });
    const table = await screen.findByRole('table', { name: 'The people you currently supervise' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Sam Patel');
    expect(rows[0]).toHaveTextContent('Clinical supervision since 1 February 2023');
    expect(screen.getByText('You supervise 1 person.')).toBeInTheDocument();
  });

  it('says so when they supervise no one', async () => {
    renderApp('/supervisees', {
      ...signedInAs(TOM),
      'GET /api/people': { body: [] },
      'GET /api/supervision-assignments': { body: [] },
    });
    expect(await screen.findByText(/You do not supervise anyone at the moment/)).toBeInTheDocument();
  });
});
