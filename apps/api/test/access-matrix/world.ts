import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  DEMO_ASSIGNMENTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_PLATFORM_ADMIN,
} from '../../src/demo/demo-people';
import { LAST_MAIL_TO_SQL, type OutboxRow } from '../../src/mail/outbox-query';
import { hashPassword } from '../../src/people/password-hasher';
import { anonymousClient, loadDemoPeople, signInAs, type ApiClient } from '../auth-helpers';
import { ownerQuery } from '../test-database';

/**
 * Who calls. The demo organisation gives the worker (sam.link), their supervisor
 * (supervisor.one), a supervisor of the same organisation who does not supervise
 * them (supervisor.two) and the employer admin; a second organisation, made here,
 * gives an employer admin and a worker who must see nothing of the first.
 */
export const ACTORS = [
  'anonymous',
  'worker',
  'supervisor',
  'otherSupervisor',
  'employerAdmin',
  'platformAdmin',
  'otherOrgAdmin',
  'otherOrgWorker',
] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;

/**
 * Whose record a `{id}` (or a body naming people) points at, seen from the caller:
 * their own, a current supervisee's, someone else's in the same organisation, or one
 * in another organisation. `any` is for the anonymous caller, who has no organisation.
 */
export const TARGETS = ['own', 'supervisee', 'sameOrg', 'otherOrg', 'any'] as const;
export type Target = (typeof TARGETS)[number];

/** What kind of record the target is. */
export type RecordKind = 'person' | 'assignment' | 'organisation' | 'observation';

const demoPerson = (email: string) => {
  const person = DEMO_PEOPLE.find((candidate) => candidate.email === email);
  if (!person) throw new Error(`No demo person ${email}`);
  return person;
};

export const SAM = demoPerson('sam.link@demo.ladder.test');
export const ALEX = demoPerson('alex.link@demo.ladder.test');
export const JO = demoPerson('jo.coach@demo.ladder.test');
export const CHRIS = demoPerson('chris.care@demo.ladder.test');
export const DEMO_ADMIN = demoPerson('admin@demo.ladder.test');
export const SUPERVISOR_ONE = demoPerson('supervisor.one@demo.ladder.test');
export const SUPERVISOR_TWO = demoPerson('supervisor.two@demo.ladder.test');

const demoAssignment = (supervisorEmail: string, workerEmail: string): string => {
  const found = DEMO_ASSIGNMENTS.find((a) => a.supervisorEmail === supervisorEmail && a.workerEmail === workerEmail);
  if (!found) throw new Error(`No demo assignment ${supervisorEmail} → ${workerEmail}`);
  return found.id;
};

/** supervisor.one supervises sam; supervisor.two supervises jo. */
export const SAM_ASSIGNMENT = demoAssignment(SUPERVISOR_ONE.email, SAM.email);
export const JO_ASSIGNMENT = demoAssignment(SUPERVISOR_TWO.email, JO.email);

/** The second organisation, made as the database owner (there is no API for organisations yet). */
export const OTHER_ORGANISATION = {
  id: '0a7e0000-0000-4000-8000-000000000001',
  name: 'Quantock Access Matrix Council',
  kind: 'council',
} as const;

export const OTHER_ADMIN = {
  id: '0a7e0000-0000-4000-8000-000000000101',
  email: 'admin@other.ladder.test',
  fullName: 'Ola Admin',
  roles: ['employer_admin'],
  supervisionTypes: [] as string[],
};
export const OTHER_SUPERVISOR = {
  id: '0a7e0000-0000-4000-8000-000000000201',
  email: 'supervisor@other.ladder.test',
  fullName: 'Olu Supervisor',
  roles: ['supervisor'],
  supervisionTypes: ['workplace'],
};
export const OTHER_WORKER = {
  id: '0a7e0000-0000-4000-8000-000000000301',
  email: 'worker@other.ladder.test',
  fullName: 'Oli Worker',
  roles: ['link_worker'],
  supervisionTypes: [] as string[],
};
/** OTHER_SUPERVISOR supervises OTHER_WORKER. */
export const OTHER_ASSIGNMENT = '0a7e0000-0000-4000-8000-000000000501';

export const ACTOR_PERSON: Record<SignedInActor, { id: string; email: string }> = {
  worker: SAM,
  supervisor: SUPERVISOR_ONE,
  otherSupervisor: SUPERVISOR_TWO,
  employerAdmin: DEMO_ADMIN,
  platformAdmin: DEMO_PLATFORM_ADMIN,
  otherOrgAdmin: OTHER_ADMIN,
  otherOrgWorker: OTHER_WORKER,
};

/**
 * The record each target names, per caller and kind. A target missing for a caller
 * does not apply to them (only supervisors have supervisees; an admin has no
 * assignment of their own; the platform admin has no organisation, so every
 * organisation's record is an other-organisation record to them).
 */
export const RECORDS: Record<RecordKind, Record<Actor, Partial<Record<Target, string>>>> = {
  person: {
    anonymous: { any: SAM.id },
    worker: { own: SAM.id, sameOrg: ALEX.id, otherOrg: OTHER_WORKER.id },
    supervisor: { own: SUPERVISOR_ONE.id, supervisee: SAM.id, sameOrg: JO.id, otherOrg: OTHER_WORKER.id },
    otherSupervisor: { own: SUPERVISOR_TWO.id, supervisee: JO.id, sameOrg: SAM.id, otherOrg: OTHER_WORKER.id },
    employerAdmin: { own: DEMO_ADMIN.id, sameOrg: SAM.id, otherOrg: OTHER_WORKER.id },
    platformAdmin: { own: DEMO_PLATFORM_ADMIN.id, otherOrg: SAM.id },
    otherOrgAdmin: { own: OTHER_ADMIN.id, sameOrg: OTHER_WORKER.id, otherOrg: SAM.id },
    otherOrgWorker: { own: OTHER_WORKER.id, sameOrg: OTHER_SUPERVISOR.id, otherOrg: SAM.id },
  },
  assignment: {
    anonymous: { any: SAM_ASSIGNMENT },
    worker: { own: SAM_ASSIGNMENT, sameOrg: JO_ASSIGNMENT, otherOrg: OTHER_ASSIGNMENT },
    supervisor: { own: SAM_ASSIGNMENT, sameOrg: JO_ASSIGNMENT, otherOrg: OTHER_ASSIGNMENT },
    otherSupervisor: { own: JO_ASSIGNMENT, sameOrg: SAM_ASSIGNMENT, otherOrg: OTHER_ASSIGNMENT },
    employerAdmin: { sameOrg: SAM_ASSIGNMENT, otherOrg: OTHER_ASSIGNMENT },
    platformAdmin: { otherOrg: SAM_ASSIGNMENT },
    otherOrgAdmin: { sameOrg: OTHER_ASSIGNMENT, otherOrg: SAM_ASSIGNMENT },
    otherOrgWorker: { own: OTHER_ASSIGNMENT, otherOrg: SAM_ASSIGNMENT },
  },
  // An observation *of* this worker: routes make or pick one in their `request` (a draft, or signed off).
  observation: {
    anonymous: { any: SAM.id },
    worker: { own: SAM.id, sameOrg: JO.id, otherOrg: OTHER_WORKER.id },
    supervisor: { supervisee: SAM.id, sameOrg: JO.id, otherOrg: OTHER_WORKER.id },
    otherSupervisor: { supervisee: JO.id, sameOrg: SAM.id, otherOrg: OTHER_WORKER.id },
    employerAdmin: { sameOrg: SAM.id, otherOrg: OTHER_WORKER.id },
    platformAdmin: { otherOrg: SAM.id },
    otherOrgAdmin: { sameOrg: OTHER_WORKER.id, otherOrg: SAM.id },
    otherOrgWorker: { own: OTHER_WORKER.id, otherOrg: SAM.id },
  },
  organisation: {
    anonymous: { any: DEMO_ORGANISATION.id },
    worker: { sameOrg: DEMO_ORGANISATION.id, otherOrg: OTHER_ORGANISATION.id },
    supervisor: { sameOrg: DEMO_ORGANISATION.id, otherOrg: OTHER_ORGANISATION.id },
    otherSupervisor: { sameOrg: DEMO_ORGANISATION.id, otherOrg: OTHER_ORGANISATION.id },
    employerAdmin: { sameOrg: DEMO_ORGANISATION.id, otherOrg: OTHER_ORGANISATION.id },
    platformAdmin: { otherOrg: DEMO_ORGANISATION.id },
    otherOrgAdmin: { sameOrg: OTHER_ORGANISATION.id, otherOrg: DEMO_ORGANISATION.id },
    otherOrgWorker: { sameOrg: OTHER_ORGANISATION.id, otherOrg: DEMO_ORGANISATION.id },
  },
};

/** A supervisor and a link worker of each organisation, for bodies that name people (new assignments). */
export const ORGANISATION_PAIR: Record<string, { supervisorId: string; workerId: string }> = {
  // supervisor.two does not supervise alex: a new pair, so nothing it creates overlaps.
  [DEMO_ORGANISATION.id]: { supervisorId: SUPERVISOR_TWO.id, workerId: ALEX.id },
  [OTHER_ORGANISATION.id]: { supervisorId: OTHER_SUPERVISOR.id, workerId: OTHER_WORKER.id },
};

/** The Somerset item every observation here scores. */
export const PERSON_CENTRED_APPROACH = 'somerset:ac.person-centred-approach';

export type ObservationStage = 'draft' | 'ready' | 'signed-off';
export interface ObservationRef {
  id: string;
  revision: number;
}

let serial = 0;
/** A value no earlier case used (emails, keys, years), so each successful write is new. */
export const nextSerial = (): number => ++serial;

/** The app, its database and a signed-in client per actor, shared by every case of the file. */
export class World {
  private constructor(
    readonly app: INestApplication,
    readonly databaseUrl: string,
    readonly clients: Record<Actor, ApiClient>,
    /** A pending invitation's link token (never accepted), for the public look-up route. */
    readonly invitationToken: string,
    /** A usable password-reset link token of jo.coach (never used), for the public look-up route. */
    readonly resetToken: string,
    /** Somerset's current version as a CASE package: a valid body for the framework import route. */
    readonly somersetPackage: object,
    /** The second organisation's supervisor (not an actor): makes its worker's observations. */
    private readonly otherOrgSupervisor: ApiClient,
  ) {}

  /** Observations kept for read-only cases: one signed off and one draft of each worker. */
  readonly signedOff = new Map<string, ObservationRef>();
  readonly drafts = new Map<string, ObservationRef>();

  static async create(app: INestApplication, databaseUrl: string): Promise<World> {
    await loadDemoPeople(app);
    await createOtherOrganisation(databaseUrl);
    const clients = { anonymous: await anonymousClient(app) } as Record<Actor, ApiClient>;
    for (const [actor, person] of Object.entries(ACTOR_PERSON)) {
      clients[actor as SignedInActor] = await signInAs(app, person.email);
    }
    const invitationToken = await newInvitationToken(clients.employerAdmin, databaseUrl);
    const resetToken = await newResetToken(clients.anonymous, databaseUrl, JO.email);
    const casePackage = await clients.anonymous.get('/api/frameworks/somerset/versions/current/case');
    if (casePackage.status !== 200) throw new Error(`Reading the Somerset CASE package failed: ${casePackage.status}`);
    const otherOrgSupervisor = await signInAs(app, OTHER_SUPERVISOR.email);
    const world = new World(
      app,
      databaseUrl,
      clients,
      invitationToken,
      resetToken,
      casePackage.body as object,
      otherOrgSupervisor,
    );
    for (const worker of [SAM.id, JO.id, OTHER_WORKER.id]) {
      world.signedOff.set(worker, await world.newObservation(worker, 'signed-off'));
      world.drafts.set(worker, await world.newObservation(worker, 'draft'));
    }
    return world;
  }

  /**
   * A new observation of the worker, made through the API by their current supervisor: a
   * draft, a draft ready to sign off (consent given, the item scored), or signed off.
   */
  async newObservation(workerId: string, stage: ObservationStage): Promise<ObservationRef> {
    const supervisor = this.supervisorOf(workerId);
    const planned = await supervisor.post('/api/observations', {
      workerId,
      observedOn: '2026-01-15',
      setting: 'face-to-face',
      frameworkKey: 'somerset',
      frameworkVersion: 'current',
      itemIds: [PERSON_CENTRED_APPROACH],
    });
    if (planned.status !== 201) throw new Error(`Planning an observation failed: ${planned.status}`);
    let observation = planned.body as ObservationRef;
    if (stage === 'draft') return { id: observation.id, revision: observation.revision };
    const saved = await supervisor.put(`/api/observations/${observation.id}`, {
      revision: observation.revision,
      items: [{ itemId: PERSON_CENTRED_APPROACH, score: 3 }],
      consentConfirmed: true,
    });
    if (saved.status !== 200) throw new Error(`Saving an observation failed: ${saved.status}`);
    observation = saved.body as ObservationRef;
    if (stage === 'ready') return { id: observation.id, revision: observation.revision };
    const signed = await supervisor.post(`/api/observations/${observation.id}/sign-off`, {
      revision: observation.revision,
      idempotencyKey: randomUUID(),
    });
    if (signed.status !== 200) throw new Error(`Signing an observation off failed: ${signed.status}`);
    return { id: observation.id, revision: (signed.body as ObservationRef).revision };
  }

  /** An observation's revision now (drafts are saved by earlier cases), read as the owner. */
  async revisionOf(observationId: string): Promise<number> {
    const [row] = await ownerQuery<{ revision: number }>(
      this.databaseUrl,
      `SELECT revision FROM observations WHERE id = $1`,
      [observationId],
    );
    if (!row) throw new Error(`No observation ${observationId}`);
    return row.revision;
  }

  private supervisorOf(workerId: string): ApiClient {
    if (workerId === SAM.id) return this.clients.supervisor;
    if (workerId === JO.id) return this.clients.otherSupervisor;
    if (workerId === OTHER_WORKER.id) return this.otherOrgSupervisor;
    throw new Error(`No supervisor client for ${workerId}`);
  }

  /** A new session of the actor (or a new anonymous client), for cases that end or replace a session. */
  async freshClient(actor: Actor): Promise<ApiClient> {
    return actor === 'anonymous' ? anonymousClient(this.app) : signInAs(this.app, ACTOR_PERSON[actor].email);
  }

  emailOf(actor: Actor): string {
    // The anonymous caller signs in (or asks for a reset) as alex, whom no actor is.
    return actor === 'anonymous' ? ALEX.email : ACTOR_PERSON[actor].email;
  }
}

async function createOtherOrganisation(databaseUrl: string): Promise<void> {
  await ownerQuery(databaseUrl, `INSERT INTO organisations (id, name, kind) VALUES ($1, $2, $3)`, [
    OTHER_ORGANISATION.id,
    OTHER_ORGANISATION.name,
    OTHER_ORGANISATION.kind,
  ]);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of [OTHER_ADMIN, OTHER_SUPERVISOR, OTHER_WORKER]) {
    await ownerQuery(
      databaseUrl,
      `INSERT INTO people (id, organisation_id, email, full_name, roles, supervision_types, password_hash, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
      [
        person.id,
        OTHER_ORGANISATION.id,
        person.email,
        person.fullName,
        person.roles,
        person.supervisionTypes,
        passwordHash,
      ],
    );
  }
  await ownerQuery(
    databaseUrl,
    `INSERT INTO supervision_assignments (id, organisation_id, supervisor_id, worker_id, supervision_type, starts_on)
     VALUES ($1, $2, $3, $4, 'workplace', '2024-01-01')`,
    [OTHER_ASSIGNMENT, OTHER_ORGANISATION.id, OTHER_SUPERVISOR.id, OTHER_WORKER.id],
  );
}

/** The token at the end of the newest link mailed to an address (read as the owner; the API cannot read mail). */
export async function lastLinkToken(databaseUrl: string, email: string): Promise<string> {
  const [mail] = await ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, [email]);
  if (!mail) throw new Error(`No mail to ${email}`);
  return mail.link.split('/').pop()!;
}

/** Invites a new person to the demo organisation as its employer admin; returns the link's token. */
export async function newInvitationToken(admin: ApiClient, databaseUrl: string): Promise<string> {
  const email = `invited.${nextSerial()}@demo.ladder.test`;
  const response = await admin.post('/api/invitations', {
    email,
    fullName: 'Rowan Ellis',
    roles: ['link_worker'],
  });
  if (response.status !== 201) throw new Error(`Inviting ${email} failed: ${response.status}`);
  return lastLinkToken(databaseUrl, email);
}

/** Asks for a password-reset link for an address; returns the link's token. */
export async function newResetToken(client: ApiClient, databaseUrl: string, email: string): Promise<string> {
  // One address gets many links here; the per-address request limit is tested in password-reset.spec.ts.
  await ownerQuery(databaseUrl, `DELETE FROM auth_throttle`);
  const response = await client.post('/api/auth/password-reset', { email });
  if (response.status !== 202) throw new Error(`Asking for a reset of ${email} failed: ${response.status}`);
  return lastLinkToken(databaseUrl, email);
}
