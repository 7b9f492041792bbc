import { CHRIS, newResetToken, nextSerial, ORGANISATION_PAIR } from '../world';
import {
  everyone,
  NEW_PASSWORD,
  PERSON_WRITE,
  recordIdOf,
  signedIn,
  UNKNOWN_TOKEN,
  WORKER_RECORDS_READ,
  type RouteTable,
} from '../route-spec';

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

/** apps/api/src/people: password reset (under /api/auth), people, and supervision assignments. */
export const PEOPLE_ROUTES: RouteTable = {
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
};
