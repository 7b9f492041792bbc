import { nextSerial, ORGANISATION_PAIR } from '../world';
import { PERSON_WRITE, recordIdOf, signedIn, WORKER_RECORDS_READ, type RouteTable } from '../route-spec';

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

/** apps/api/src/people: people and supervision assignments. */
export const PEOPLE_ROUTES: RouteTable = {
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
