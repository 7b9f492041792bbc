import { randomUUID } from 'node:crypto';
import {
  recordIdOf,
  signedIn,
  WORKER_RECORDS_READ,
  type Expectation,
  type RouteTable,
  type Status,
} from '../route-spec';
import { PERSON_CENTRED_APPROACH, type Actor, type ObservationRef } from '../world';

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

/** apps/api/src/observations: observations of practice and the supervisor's overview of supervisees. */
export const OBSERVATION_ROUTES: RouteTable = {
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
