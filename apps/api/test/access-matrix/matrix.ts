import { AFC_PAY_SCALE_2020_21 } from '@ladder/competencies';
import { SOMERSET_DEFAULT_POLICY } from '@ladder/dreyfus';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { totpCode } from '../../src/auth/totp';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import type { ApiClient } from '../auth-helpers';
import {
  ACTORS,
  CHRIS,
  nextSerial,
  ORGANISATION_PAIR,
  RECORDS,
  newInvitationToken,
  newResetToken,
  PERSON_CENTRED_APPROACH,
  type Actor,
  type ObservationRef,
  type RecordKind,
  type Target,
  type World,
} from './world';

/*
 * The access-control matrix: every API route (as `METHOD /api/path/{param}`, exactly
 * as in the OpenAPI document) × every actor × whose record, with the exact status
 * each must get. The statuses here are the access rules of the accounts/access
 * issue, not whatever the code happens to answer:
 *
 * - link worker: their own records; supervisor: their current supervisees'; employer
 *   admin: the people, assignments and reports of their organisation; platform admin:
 *   organisations, framework versions and pay years, no organisation's records;
 * - a denied record outside the caller's organisation is a 404 (no existence leak),
 *   inside it a 403; not signed in is a 401, except on public routes;
 * - framework and pay-scale reads are public, their writes platform-admin only;
 * - every POST/PUT/PATCH/DELETE needs the CSRF header (each gets a case without it).
 *
 * Every request body is valid, so a refusal is about access, never validation. Where
 * the code answers differently from the rule, the case is listed in
 * KNOWN_ACCESS_DEFECTS below (and its test name says so) instead of being bent.
 */

export type Status = number;
/** A status for the whole route, or per target for routes that name a record. */
export type Expectation = Status | Partial<Record<Target, Status>>;

export interface CaseInput {
  world: World;
  actor: Actor;
  client: ApiClient;
  /** The record the target names (routes with a `record`). */
  recordId?: string;
}

export interface Prepared {
  /** Path parameters (a record's `{id}` unless the route sets it). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
}

export interface RouteSpec {
  /** Reachable without a session; its 404s mean "no such link", not a denial. */
  public?: boolean;
  /** The kind of record the target names; one case per target the actor has. */
  record?: RecordKind;
  /**
   * The target is not the path's `{id}` itself: `request` turns it into the body or query
   * (a worker to observe) or into the `{id}` (an observation of that worker).
   */
  recordInRequest?: boolean;
  /** Path parameters and a valid body; may do set-up (make a link token, start 2FA set-up). */
  request?: (input: CaseInput) => Prepared | Promise<Prepared>;
  /** Actors whose case runs on a new session (or a new anonymous client): the request ends or replaces it. */
  freshClient?: readonly Actor[];
  expect: Record<Actor, Expectation>;
  /** Cases beyond the actor grid. */
  variants?: readonly Variant[];
  /** Puts back what a successful case changed that later cases depend on. */
  afterSuccess?: (input: CaseInput, response: Response) => Promise<void>;
}

export interface Variant {
  actor: Actor;
  /** Completes the test name, e.g. `with a wrong password`. */
  label: string;
  expect: Status;
  request: (input: CaseInput) => Prepared | Promise<Prepared>;
  freshClient?: boolean;
}

const PUBLIC_READ = { public: true } as const;

/** Every actor, signed in or not, gets `status`. */
const everyone = (status: Status): Record<Actor, Status> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<Actor, Status>;

/** Anonymous 401; every signed-in actor `status`, except as overridden. */
const signedIn = (status: Status, overrides: Partial<Record<Actor, Expectation>> = {}): Record<Actor, Expectation> => ({
  ...everyone(status),
  anonymous: 401,
  ...overrides,
});

/** A well-formed link token that was never issued. */
const UNKNOWN_TOKEN = 'AccessMatrixUnknownToken0000000000000000000';
const NEW_PASSWORD = 'orbit velvet cabbage tram';

const recordIdOf = (input: CaseInput): string => {
  if (!input.recordId) throw new Error('This route needs a record target');
  return input.recordId;
};

/** A new, valid pay year each time (stored years never change, so each success needs its own). */
function newPayYear() {
  const start = 2040 + nextSerial();
  return {
    ...(JSON.parse(JSON.stringify(AFC_PAY_SCALE_2020_21)) as typeof AFC_PAY_SCALE_2020_21),
    year: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
    title: `Access matrix pay year ${start}`,
    source: 'Test data: the 2020/21 scale under a new year',
  };
}

/** A new, valid attainment policy version for the caller's organisation. */
function newPolicy() {
  return {
    ...(JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)) as object),
    key: `access-matrix-${nextSerial()}`,
    version: 1,
    title: 'Access matrix: the default under a key of its own',
  };
}

let assignmentYear = 1990;
/** A new assignment between the organisation's pair, in a past year of its own: it never overlaps, never is current. */
function newAssignment(organisationId: string) {
  const year = ++assignmentYear;
  return {
    ...ORGANISATION_PAIR[organisationId],
    supervisionType: 'group',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  };
}

/** Starts two-step set-up as the client and returns the code that confirms it. */
async function startTotpSetup(client: ApiClient): Promise<string> {
  const setup = await client.post('/api/auth/totp/setup');
  if (setup.status !== 200) throw new Error(`2FA set-up failed: ${setup.status}`);
  return totpCode((setup.body as { secret: string }).secret, Date.now());
}

/** Turns two-step verification on for the client; returns its recovery codes. */
async function enableTotp(client: ApiClient): Promise<string[]> {
  const enabled = await client.post('/api/auth/totp/enable', { code: await startTotpSetup(client) });
  if (enabled.status !== 200) throw new Error(`2FA enable failed: ${enabled.status}`);
  return (enabled.body as { recoveryCodes: string[] }).recoveryCodes;
}

const EVALUATION = {
  evidence: [
    {
      competency: 'promoting-autonomy',
      score: 3,
      observedOn: '2026-01-10',
      signedOffAt: '2026-01-12T09:30:00Z',
      signedOff: true,
      observationId: 'obs-1',
      supervisorId: 'sup-1',
    },
  ],
  inductionComplete: true,
  asOf: '2026-03-15',
};

/**
 * Who may see a worker's records (person, progression): the worker, their current
 * supervisors, their organisation's employer admins.
 */
const WORKER_RECORDS_READ: Record<Actor, Expectation> = {
  anonymous: 401,
  worker: { own: 200, sameOrg: 403, otherOrg: 404 },
  supervisor: { own: 200, supervisee: 200, sameOrg: 403, otherOrg: 404 },
  otherSupervisor: { own: 200, supervisee: 200, sameOrg: 403, otherOrg: 404 },
  employerAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  // Belongs to no organisation: every person is outside it, themselves included.
  platformAdmin: { own: 404, otherOrg: 404 },
  otherOrgAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  otherOrgWorker: { own: 200, sameOrg: 403, otherOrg: 404 },
};

/** Changes to a person (details, induction, attestation): their organisation's employer admins only. */
const PERSON_WRITE: Record<Actor, Expectation> = {
  anonymous: 401,
  worker: { own: 403, sameOrg: 403, otherOrg: 404 },
  supervisor: { own: 403, supervisee: 403, sameOrg: 403, otherOrg: 404 },
  otherSupervisor: { own: 403, supervisee: 403, sameOrg: 403, otherOrg: 404 },
  employerAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  platformAdmin: { own: 404, otherOrg: 404 },
  otherOrgAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  otherOrgWorker: { own: 403, sameOrg: 403, otherOrg: 404 },
};

/** Reading an observation: the worker, their current supervisors, their employer admins. */
const OBSERVATION_READ: Record<Actor, Expectation> = {
  anonymous: 401,
  worker: { own: 200, sameOrg: 403, otherOrg: 404 },
  supervisor: { supervisee: 200, sameOrg: 403, otherOrg: 404 },
  otherSupervisor: { supervisee: 200, sameOrg: 403, otherOrg: 404 },
  employerAdmin: { sameOrg: 200, otherOrg: 404 },
  platformAdmin: { otherOrg: 404 },
  otherOrgAdmin: { sameOrg: 200, otherOrg: 404 },
  otherOrgWorker: { own: 200, otherOrg: 404 },
};

/** Scoring, signing off and amending an observation: a current supervisor of the worker only. */
const OBSERVATION_SUPERVISION = (success: Status): Record<Actor, Expectation> => ({
  anonymous: 401,
  worker: { own: 403, sameOrg: 403, otherOrg: 404 },
  supervisor: { supervisee: success, sameOrg: 403, otherOrg: 404 },
  otherSupervisor: { supervisee: success, sameOrg: 403, otherOrg: 404 },
  employerAdmin: { sameOrg: 403, otherOrg: 404 },
  platformAdmin: { otherOrg: 404 },
  otherOrgAdmin: { sameOrg: 403, otherOrg: 404 },
  otherOrgWorker: { own: 403, otherOrg: 404 },
});

/** One of the observations the world keeps per worker. */
const kept = (observations: ReadonlyMap<string, ObservationRef>, workerId: string | undefined): ObservationRef => {
  const found = workerId ? observations.get(workerId) : undefined;
  if (!found) throw new Error(`No kept observation of ${workerId}`);
  return found;
};

/** Routes only an organisation's employer admins may use (no record named). */
const EMPLOYER_ADMIN_ONLY = (success: Status): Record<Actor, Expectation> =>
  signedIn(403, { employerAdmin: success, otherOrgAdmin: success });

/** Routes only the platform admin may use. */
const PLATFORM_ADMIN_ONLY = (success: Status): Record<Actor, Expectation> => signedIn(403, { platformAdmin: success });

export const ROUTES: Record<string, RouteSpec> = {
  'GET /api/about': { ...PUBLIC_READ, expect: everyone(200) },
  'GET /api/health': { ...PUBLIC_READ, expect: everyone(200) },

  // ---- auth ----
  'GET /api/auth/csrf': { ...PUBLIC_READ, expect: everyone(200) },
  'POST /api/auth/login': {
    public: true,
    // Each actor signs in again as themselves: the new session replaces theirs in the same client.
    // The anonymous caller signs in as alex on a client of its own, so it stays anonymous.
    request: ({ world, actor }) => ({ body: { email: world.emailOf(actor), password: DEMO_PASSWORD } }),
    freshClient: ['anonymous'],
    expect: everyone(200),
    variants: [
      {
        actor: 'anonymous',
        label: 'with a wrong password',
        expect: 401,
        request: ({ world }) => ({ body: { email: world.emailOf('anonymous'), password: 'not-the-password' } }),
      },
    ],
  },
  'POST /api/auth/logout': {
    freshClient: ACTORS,
    expect: signedIn(204),
  },
  'GET /api/auth/me': { expect: signedIn(200) },
  'POST /api/auth/totp/setup': { expect: signedIn(200) },
  'POST /api/auth/totp/enable': {
    request: async ({ actor, client }) => ({
      body: { code: actor === 'anonymous' ? '123456' : await startTotpSetup(client) },
    }),
    expect: signedIn(200),
    // Turn it off again, so later sign-ins of the actor need no code.
    afterSuccess: async ({ client }, response) => {
      const [recoveryCode] = (response.body as { recoveryCodes: string[] }).recoveryCodes;
      const disabled = await client.post('/api/auth/totp/disable', { code: recoveryCode });
      if (disabled.status !== 204) throw new Error(`2FA disable after the enable case failed: ${disabled.status}`);
    },
  },
  'POST /api/auth/totp/disable': {
    // Demo mode: admins may turn it off too (production refusal: auth-second-factor.spec.ts).
    request: async ({ actor, client }) => ({
      body: { code: actor === 'anonymous' ? '123456' : (await enableTotp(client))[0] },
    }),
    expect: signedIn(204),
  },
  'POST /api/auth/password-reset': {
    public: true,
    request: ({ world, actor }) => ({ body: { email: world.emailOf(actor) } }),
    expect: everyone(202),
  },
  'GET /api/auth/password-reset/{token}': {
    public: true,
    request: ({ world }) => ({ params: { token: world.resetToken } }),
    expect: everyone(200),
    variants: [
      {
        actor: 'anonymous',
        label: 'with an unknown token',
        expect: 404,
        request: () => ({ params: { token: UNKNOWN_TOKEN } }),
      },
    ],
  },
  'POST /api/auth/password-reset/{token}': {
    public: true,
    // A new link each time (a link works once), for chris.care, whom no actor is.
    request: async ({ world }) => ({
      params: { token: await newResetToken(world.clients.anonymous, world.databaseUrl, CHRIS.email) },
      body: { password: NEW_PASSWORD },
    }),
    expect: everyone(204),
    variants: [
      {
        actor: 'anonymous',
        label: 'with an unknown token',
        expect: 404,
        request: () => ({ params: { token: UNKNOWN_TOKEN }, body: { password: NEW_PASSWORD } }),
      },
    ],
  },

  // ---- people ----
  'GET /api/people': { expect: signedIn(200, { platformAdmin: 403 }) },
  'GET /api/people/{id}': { record: 'person', expect: WORKER_RECORDS_READ },
  'PATCH /api/people/{id}': {
    record: 'person',
    request: () => ({ body: { jobTitle: `Access matrix job title ${nextSerial()}` } }),
    expect: PERSON_WRITE,
  },
  'GET /api/people/{id}/progression': { record: 'person', expect: WORKER_RECORDS_READ },
  'PUT /api/people/{id}/induction': {
    record: 'person',
    request: () => ({ body: { completedOn: '2025-10-01' } }),
    expect: PERSON_WRITE,
  },
  'PUT /api/people/{id}/attestation': {
    record: 'person',
    request: () => ({ body: { attestedOn: '2025-06-01' } }),
    expect: PERSON_WRITE,
  },

  // ---- supervision assignments ----
  'GET /api/supervision-assignments': {
    expect: signedIn(200, { worker: 403, otherOrgWorker: 403, platformAdmin: 403 }),
  },
  'POST /api/supervision-assignments': {
    // The body names a supervisor and a worker of the target organisation.
    record: 'organisation',
    recordInRequest: true,
    request: (input) => ({ body: newAssignment(recordIdOf(input)) }),
    // People of another organisation are records outside the caller's: 404, whatever the caller's role.
    expect: {
      anonymous: 401,
      worker: { sameOrg: 403, otherOrg: 404 },
      supervisor: { sameOrg: 403, otherOrg: 404 },
      otherSupervisor: { sameOrg: 403, otherOrg: 404 },
      employerAdmin: { sameOrg: 201, otherOrg: 404 },
      platformAdmin: { otherOrg: 404 },
      otherOrgAdmin: { sameOrg: 201, otherOrg: 404 },
      otherOrgWorker: { sameOrg: 403, otherOrg: 404 },
    },
  },
  'PATCH /api/supervision-assignments/{id}': {
    record: 'assignment',
    // A last day far ahead: the assignment stays current, so supervision holds for later cases.
    request: () => ({ body: { endsOn: '2099-12-31' } }),
    expect: {
      anonymous: 401,
      worker: { own: 403, sameOrg: 403, otherOrg: 404 },
      supervisor: { own: 403, sameOrg: 403, otherOrg: 404 },
      otherSupervisor: { own: 403, sameOrg: 403, otherOrg: 404 },
      employerAdmin: { sameOrg: 200, otherOrg: 404 },
      platformAdmin: { otherOrg: 404 },
      otherOrgAdmin: { sameOrg: 200, otherOrg: 404 },
      otherOrgWorker: { own: 403, otherOrg: 404 },
    },
  },

  // ---- invitations ----
  'POST /api/invitations': {
    request: () => ({
      body: { email: `invited.${nextSerial()}@example.org`, fullName: 'Rowan Ellis', roles: ['link_worker'] },
    }),
    expect: EMPLOYER_ADMIN_ONLY(201),
  },
  'GET /api/invitations': { expect: EMPLOYER_ADMIN_ONLY(200) },
  'GET /api/invitations/{token}': {
    public: true,
    request: ({ world }) => ({ params: { token: world.invitationToken } }),
    expect: everyone(200),
    variants: [
      {
        actor: 'anonymous',
        label: 'with an unknown token',
        expect: 404,
        request: () => ({ params: { token: UNKNOWN_TOKEN } }),
      },
    ],
  },
  'POST /api/invitations/{token}/accept': {
    public: true,
    // A new invitation each time: a link works once.
    request: async ({ world }) => ({
      params: { token: await newInvitationToken(world.clients.employerAdmin, world.databaseUrl) },
      body: { password: NEW_PASSWORD },
    }),
    expect: everyone(201),
    variants: [
      {
        actor: 'anonymous',
        label: 'with an unknown token',
        expect: 404,
        request: () => ({ params: { token: UNKNOWN_TOKEN }, body: { password: NEW_PASSWORD } }),
      },
    ],
  },

  // ---- published documents: public reads, platform-admin writes ----
  'GET /api/pay-scales': { ...PUBLIC_READ, expect: everyone(200) },
  'GET /api/pay-scales/{year}': {
    ...PUBLIC_READ,
    request: () => ({ params: { year: '2020-21' } }),
    expect: everyone(200),
  },
  'POST /api/pay-scales': { request: () => ({ body: newPayYear() }), expect: PLATFORM_ADMIN_ONLY(201) },
  'GET /api/frameworks': { ...PUBLIC_READ, expect: everyone(200) },
  'GET /api/frameworks/{key}/versions/{version}': {
    ...PUBLIC_READ,
    request: () => ({ params: { key: 'somerset', version: 'current' } }),
    expect: everyone(200),
  },
  'GET /api/frameworks/{key}/versions/{version}/case': {
    ...PUBLIC_READ,
    request: () => ({ params: { key: 'somerset', version: 'current' } }),
    expect: everyone(200),
  },
  'POST /api/frameworks/import': {
    request: ({ world }) => ({
      body: { key: 'somerset', version: `2090.${nextSerial()}`, package: world.somersetPackage },
    }),
    expect: PLATFORM_ADMIN_ONLY(201),
  },

  // ---- attainment policies and progression ----
  'GET /api/policies': { expect: signedIn(200) },
  'POST /api/policies': { request: () => ({ body: newPolicy() }), expect: EMPLOYER_ADMIN_ONLY(201) },
  'GET /api/organisation/policy': { expect: signedIn(200, { platformAdmin: 403 }) },
  'PUT /api/organisation/policy': {
    request: () => ({ body: { key: 'somerset-default', version: 1 } }),
    expect: EMPLOYER_ADMIN_ONLY(200),
  },
  'POST /api/progression/evaluate': { request: () => ({ body: EVALUATION }), expect: signedIn(200) },

  // ---- observations ----
  'GET /api/observations/plan': {
    record: 'person',
    recordInRequest: true,
    request: (input) => ({ query: { workerId: recordIdOf(input) } }),
    expect: WORKER_RECORDS_READ,
  },
  'GET /api/observations': {
    record: 'person',
    recordInRequest: true,
    request: (input) => ({ query: { workerId: recordIdOf(input) } }),
    expect: WORKER_RECORDS_READ,
  },
  'POST /api/observations': {
    record: 'person',
    recordInRequest: true,
    request: (input) => ({
      body: {
        workerId: recordIdOf(input),
        observedOn: '2026-02-02',
        setting: 'face-to-face',
        frameworkKey: 'somerset',
        frameworkVersion: 'current',
        itemIds: [PERSON_CENTRED_APPROACH],
      },
    }),
    expect: {
      anonymous: 401,
      // A link worker may plan an observation of their own practice; a supervisor, of a supervisee's.
      worker: { own: 201, sameOrg: 403, otherOrg: 404 },
      supervisor: { own: 403, supervisee: 201, sameOrg: 403, otherOrg: 404 },
      otherSupervisor: { own: 403, supervisee: 201, sameOrg: 403, otherOrg: 404 },
      employerAdmin: { own: 403, sameOrg: 403, otherOrg: 404 },
      platformAdmin: { own: 404, otherOrg: 404 },
      otherOrgAdmin: { own: 403, sameOrg: 403, otherOrg: 404 },
      otherOrgWorker: { own: 201, sameOrg: 403, otherOrg: 404 },
    },
  },
  'GET /api/observations/{id}': {
    record: 'observation',
    recordInRequest: true,
    request: ({ world, recordId }) => ({ params: { id: kept(world.signedOff, recordId).id } }),
    expect: OBSERVATION_READ,
  },
  'PUT /api/observations/{id}': {
    record: 'observation',
    recordInRequest: true,
    // The worker's kept draft at its current revision (supervisors' saves move it on).
    request: async ({ world, recordId }) => {
      const { id } = kept(world.drafts, recordId);
      return {
        params: { id },
        body: { revision: await world.revisionOf(id), strengths: 'Warm introduction; agreed the agenda together.' },
      };
    },
    expect: OBSERVATION_SUPERVISION(200),
  },
  'POST /api/observations/{id}/sign-off': {
    record: 'observation',
    recordInRequest: true,
    // A new draft, ready to sign off, each time: a sign-off cannot be undone.
    request: async (input) => {
      const draft = await input.world.newObservation(recordIdOf(input), 'ready');
      return { params: { id: draft.id }, body: { revision: draft.revision, idempotencyKey: randomUUID() } };
    },
    expect: OBSERVATION_SUPERVISION(200),
  },
  'POST /api/observations/{id}/amendments': {
    record: 'observation',
    recordInRequest: true,
    // A new signed-off observation each time: only the latest version of one can be amended.
    request: async (input) => {
      const signed = await input.world.newObservation(recordIdOf(input), 'signed-off');
      return {
        params: { id: signed.id },
        body: {
          reason: 'Score agreed as Proficient after discussing the session.',
          idempotencyKey: randomUUID(),
          items: [{ itemId: PERSON_CENTRED_APPROACH, score: 4 }],
        },
      };
    },
    expect: OBSERVATION_SUPERVISION(201),
  },
  'POST /api/observations/{id}/acknowledgement': {
    record: 'observation',
    recordInRequest: true,
    // A new signed-off observation each time: an acknowledgement is given once.
    request: async (input) => {
      const signed = await input.world.newObservation(recordIdOf(input), 'signed-off');
      return { params: { id: signed.id }, body: { comment: 'Thank you: a fair summary.' } };
    },
    expect: {
      anonymous: 401,
      worker: { own: 200, sameOrg: 403, otherOrg: 404 },
      supervisor: { supervisee: 403, sameOrg: 403, otherOrg: 404 },
      otherSupervisor: { supervisee: 403, sameOrg: 403, otherOrg: 404 },
      employerAdmin: { sameOrg: 403, otherOrg: 404 },
      platformAdmin: { otherOrg: 404 },
      otherOrgAdmin: { sameOrg: 403, otherOrg: 404 },
      otherOrgWorker: { own: 200, otherOrg: 404 },
    },
  },
  'GET /api/supervisees/overview': { expect: signedIn(403, { supervisor: 200, otherSupervisor: 200 }) },
};

/**
 * Cases where the code answers differently from the access rules above. Each case
 * still runs, asserts what the code answers now (so the suite stays green while the
 * fix is pending) and that nothing changed, and says so in its test name. When the
 * service is fixed that test fails: delete the entry and the matrix's own status
 * takes over.
 */
export interface KnownAccessDefect {
  route: string;
  actor: Actor;
  target?: Target;
  /** What the code answers today, when it is not the matrix's (correct) status. */
  actual?: Status;
  /** false: the refusal has the right status but is not written to the audit log. */
  audited?: false;
  why: string;
}

/** None known: the role-before-organisation defects found by this matrix are fixed (services look the record up first). */
export const KNOWN_ACCESS_DEFECTS: readonly KnownAccessDefect[] = [];

// ---------------------------------------------------------------------------------------------
// Flattening the table into one case per test.

const PATH_TARGET_LABELS: Record<Target, string> = {
  own: 'on own record',
  supervisee: 'on supervisee’s record',
  sameOrg: 'on same-org other record',
  otherOrg: 'on other-org record',
  any: 'on a record',
};
/** For a target named in the body or query (the worker to observe, the people to assign). */
const REQUEST_TARGET_LABELS: Record<Target, string> = {
  own: 'for themselves',
  supervisee: 'for a supervisee',
  sameOrg: 'for same-org others',
  otherOrg: 'for other-org people',
  any: 'for someone',
};

export interface MatrixCase {
  name: string;
  route: string;
  method: string;
  /** The path template, as in the OpenAPI document. */
  path: string;
  actor: Actor;
  target?: Target;
  /** What the access rules say. */
  expect: Status;
  /** What is asserted: `expect`, or the code's current answer for a known defect. */
  assertStatus: Status;
  defect?: KnownAccessDefect;
  withoutCsrf: boolean;
  freshClient: boolean;
  /** A refusal the error filter must write to the audit log (signed in, not a CSRF or public-link refusal). */
  audited: boolean;
  spec: RouteSpec;
  request?: (input: CaseInput) => Prepared | Promise<Prepared>;
}

export interface Flattened {
  cases: MatrixCase[];
  /** Gaps and mistakes in the table itself; the spec fails on any. */
  problems: string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function flattenMatrix(
  routes: Record<string, RouteSpec> = ROUTES,
  defects: readonly KnownAccessDefect[] = KNOWN_ACCESS_DEFECTS,
): Flattened {
  const cases: MatrixCase[] = [];
  const problems: string[] = [];
  const usedDefects = new Set<KnownAccessDefect>();

  for (const [route, spec] of Object.entries(routes)) {
    const [method, path] = route.split(' ');
    if (!method || !path) {
      problems.push(`${route}: the key must be "METHOD /api/path"`);
      continue;
    }
    const labels = path.includes('{id}') ? PATH_TARGET_LABELS : REQUEST_TARGET_LABELS;
    if (spec.record && !spec.recordInRequest && !path.includes('{id}')) {
      problems.push(`${route}: names a record but has no {id} in its path`);
    }
    if (!spec.record && path.includes('{id}')) problems.push(`${route}: has {id} but names no record kind`);

    const make = (
      actor: Actor,
      target: Target | undefined,
      expect: Status,
      extra: Partial<MatrixCase> & { variantLabel?: string } = {},
    ): MatrixCase => {
      const defect = extra.withoutCsrf || extra.variantLabel ? undefined : findDefect(defects, route, actor, target);
      if (defect) usedDefects.add(defect);
      const assertStatus = defect?.actual ?? expect;
      const on = target ? ` ${labels[target]}` : '';
      const variant = extra.variantLabel ? ` ${extra.variantLabel}` : '';
      const flag = defect
        ? ` [KNOWN_ACCESS_DEFECT: ${defect.actual !== undefined ? `answers ${defect.actual}` : 'not audited'}]`
        : '';
      const withoutCsrf = extra.withoutCsrf ?? false;
      return {
        name: `${route} as ${actor}${on}${variant} → ${expect}${flag}`,
        route,
        method,
        path,
        actor,
        target,
        expect,
        assertStatus,
        defect,
        withoutCsrf,
        freshClient: extra.freshClient ?? spec.freshClient?.includes(actor) ?? false,
        audited:
          actor !== 'anonymous' &&
          !withoutCsrf &&
          !spec.public &&
          (assertStatus === 403 || assertStatus === 404) &&
          defect?.audited !== false,
        spec,
        request: extra.request ?? spec.request,
      };
    };

    const grid: MatrixCase[] = [];
    for (const actor of ACTORS) {
      const expectation = spec.expect[actor];
      if (expectation === undefined) {
        problems.push(`${route}: no expectation for ${actor}`);
        continue;
      }
      if (!spec.record) {
        if (typeof expectation !== 'number') {
          problems.push(`${route}: ${actor} has per-target statuses but the route names no record`);
          continue;
        }
        grid.push(make(actor, undefined, expectation));
        continue;
      }
      const targets = Object.keys(RECORDS[spec.record][actor]) as Target[];
      const perTarget: Partial<Record<Target, Status>> =
        typeof expectation === 'number'
          ? Object.fromEntries(targets.map((target) => [target, expectation]))
          : expectation;
      for (const target of targets) {
        const status = perTarget[target];
        if (status === undefined) problems.push(`${route}: no expectation for ${actor} on ${labels[target]}`);
        else grid.push(make(actor, target, status));
      }
      for (const target of Object.keys(perTarget) as Target[]) {
        if (!targets.includes(target)) problems.push(`${route}: ${actor} has no ${labels[target]} to test`);
      }
    }
    cases.push(...grid);

    // A state-changing request refused without the CSRF header, even from a caller it would succeed for.
    if (!SAFE_METHODS.has(method)) {
      const allowed = grid.find((c) => c.expect < 300);
      if (!allowed) problems.push(`${route}: no caller succeeds, so nothing shows the CSRF check`);
      else {
        cases.push(
          make(allowed.actor, allowed.target, 403, {
            variantLabel: 'without the CSRF header',
            withoutCsrf: true,
            freshClient: allowed.freshClient,
          }),
        );
      }
    }
    for (const variant of spec.variants ?? []) {
      cases.push(
        make(variant.actor, undefined, variant.expect, {
          variantLabel: variant.label,
          request: variant.request,
          freshClient: variant.freshClient ?? spec.freshClient?.includes(variant.actor) ?? false,
        }),
      );
    }
  }

  for (const defect of defects) {
    if (!usedDefects.has(defect)) {
      problems.push(
        `KNOWN_ACCESS_DEFECTS: ${defect.route} as ${defect.actor}${defect.target ? ` on ${defect.target}` : ''} matches no case`,
      );
    }
  }
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) problems.push(`Two cases are named "${c.name}"`);
    names.add(c.name);
  }
  return { cases, problems };
}

function findDefect(
  defects: readonly KnownAccessDefect[],
  route: string,
  actor: Actor,
  target: Target | undefined,
): KnownAccessDefect | undefined {
  return defects.find((d) => d.route === route && d.actor === actor && d.target === target);
}
