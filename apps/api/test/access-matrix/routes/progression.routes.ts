import { PERSON_WRITE, signedIn, WORKER_RECORDS_READ, type RouteTable } from '../route-spec';

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

/** apps/api/src/progression: a worker's progression, their milestones, and the what-if calculator. */
export const PROGRESSION_ROUTES: RouteTable = {
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

  'POST /api/progression/evaluate': { request: () => ({ body: EVALUATION }), expect: signedIn(200) },
};
