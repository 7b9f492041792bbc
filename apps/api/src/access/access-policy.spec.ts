import { accessPolicyOver } from '../../test/support/access-facts';
import { ForbiddenError, NotFoundError, NotVisibleError } from '../common/domain-errors';
import type { ObservationEntity } from '../observations/observation.entity';
import type { PersonEntity } from '../people/person.entity';
import type { SupervisionAssignmentEntity } from '../people/supervision-assignment.entity';
import type { ProgressionPolicyEntity } from '../policies/progression-policy.entity';
import {
  CANNOT_SEE_OBSERVATIONS,
  CANNOT_SEE_WORKER_RECORDS,
  ONLY_CURRENT_SUPERVISOR,
  ONLY_EMPLOYER_ADMIN,
  ONLY_PLATFORM_ADMIN,
  PLATFORM_ADMIN_NO_PEOPLE,
  type AccessAction,
  type AccessPolicy,
} from './access-policy';
import type { SessionUser } from './session-user';

/*
 * Every action × caller × relationship → allowed, 403 (with its message) or 404. The organisation
 * holds a link worker, their current supervisor, a past supervisor who wrote one of their
 * observations, a supervisor of no one, an employer admin and a second link worker; "elsewhere"
 * is a person of another organisation (the repository, scoped to the caller's, finds no one).
 */
const ORG = 'org-1';
const TODAY_SUPERVISION = { supervisor: 'sup', worker: 'worker' };
const AUTHORED = { author: 'past', worker: 'worker' };

const caller = (personId: string, roles: SessionUser['roles']): SessionUser => ({
  personId,
  organisationId: ORG,
  roles,
  isPlatformAdmin: false,
});
const CALLERS = {
  worker: caller('worker', ['link_worker']),
  supervisor: caller('sup', ['supervisor']),
  pastSupervisor: caller('past', ['supervisor']),
  idleSupervisor: caller('idle', ['supervisor']),
  admin: caller('admin', ['employer_admin']),
  otherWorker: caller('other', ['link_worker']),
  noRole: caller('nobody', []),
  platformAdmin: { personId: 'platform', organisationId: null, roles: [], isPlatformAdmin: true } as SessionUser,
} as const;
type Caller = keyof typeof CALLERS;

const person = (id: string, roles: string[]): PersonEntity => ({ id, organisationId: ORG, roles }) as PersonEntity;
const PEOPLE: PersonEntity[] = [
  person('worker', ['link_worker']),
  person('sup', ['supervisor']),
  person('past', ['supervisor']),
  person('idle', ['supervisor']),
  person('admin', ['employer_admin']),
  person('other', ['link_worker']),
  person('nobody', []),
];

const observation = (plannedById: string, supervisorId: string | null): ObservationEntity =>
  ({
    id: 'obs-1',
    organisationId: ORG,
    workerId: 'worker',
    plannedById,
    supervisorId,
    signedOffById: null,
  }) as ObservationEntity;
/** An observation of the worker their current supervisor wrote; one the past supervisor wrote. */
const BY_SUPERVISOR = { observationId: 'obs-1', observation: observation('sup', 'sup') };
const BY_PAST_SUPERVISOR = { observationId: 'obs-1', observation: observation('past', 'past') };
/** An id the caller's organisation does not hold (another organisation's, or none at all). */
const NOT_HELD = { observationId: 'obs-x', observation: null };

function policy(): AccessPolicy {
  return accessPolicyOver({
    personInOrganisation: async (organisationId, personId) =>
      PEOPLE.find((p) => p.organisationId === organisationId && p.id === personId) ?? null,
    peopleInOrganisation: async (_organisationId, ids) => PEOPLE.filter((p) => ids.includes(p.id)),
    isCurrentSupervisor: async (_organisationId, supervisorId, workerId) =>
      supervisorId === TODAY_SUPERVISION.supervisor && workerId === TODAY_SUPERVISION.worker,
    currentSuperviseeIds: async (_organisationId, supervisorId) =>
      supervisorId === TODAY_SUPERVISION.supervisor ? [TODAY_SUPERVISION.worker] : [],
    hasAuthoredObservationOf: async (_organisationId, personId, workerId) =>
      personId === AUTHORED.author && workerId === AUTHORED.worker,
  }).access;
}

type Outcome = 'allowed' | 404 | { 403: string };
type Case = [Caller, string, Outcome];

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    if (error instanceof NotVisibleError) return 404;
    if (error instanceof ForbiddenError) return { 403: error.message };
    throw error;
  }
}

/** The person-subject cases: own record, the supervisee's, another's of the organisation, another organisation's. */
const ON_PEOPLE: Record<string, { personId: string }> = {
  own: { personId: 'SELF' },
  'the supervisee': { personId: 'worker' },
  'a same-organisation other': { personId: 'other' },
  'another organisation’s person': { personId: 'elsewhere' },
};
const subjectFor = (who: Caller, target: string) => {
  const { personId } = ON_PEOPLE[target];
  return personId === 'SELF' ? CALLERS[who].personId : personId;
};

const READ_RECORDS = { 403: CANNOT_SEE_WORKER_RECORDS };
const NOT_ADMIN = { 403: ONLY_EMPLOYER_ADMIN };
const NOT_SUPERVISOR = { 403: ONLY_CURRENT_SUPERVISOR };
const CANNOT_SEE = { 403: CANNOT_SEE_OBSERVATIONS };

const PERSON_ACTIONS: [Extract<AccessAction, 'worker.records.read' | 'people.manage' | 'observation.plan'>, Case[]][] =
  [
    [
      'worker.records.read',
      [
        ['worker', 'own', 'allowed'],
        ['worker', 'a same-organisation other', READ_RECORDS],
        ['worker', 'another organisation’s person', 404],
        ['supervisor', 'the supervisee', 'allowed'],
        ['supervisor', 'own', 'allowed'],
        ['supervisor', 'a same-organisation other', READ_RECORDS],
        ['pastSupervisor', 'the supervisee', READ_RECORDS],
        ['admin', 'the supervisee', 'allowed'],
        ['admin', 'a same-organisation other', 'allowed'],
        ['admin', 'another organisation’s person', 404],
        ['noRole', 'the supervisee', READ_RECORDS],
        ['platformAdmin', 'own', 404],
        ['platformAdmin', 'the supervisee', 404],
      ],
    ],
    [
      'people.manage',
      [
        ['admin', 'own', 'allowed'],
        ['admin', 'the supervisee', 'allowed'],
        ['admin', 'another organisation’s person', 404],
        ['worker', 'own', NOT_ADMIN],
        ['supervisor', 'the supervisee', NOT_ADMIN],
        // The record before the role: another organisation's person is a 404 for anyone.
        ['supervisor', 'another organisation’s person', 404],
        ['platformAdmin', 'the supervisee', 404],
      ],
    ],
    [
      'observation.plan',
      [
        ['worker', 'own', 'allowed'],
        ['worker', 'a same-organisation other', NOT_SUPERVISOR],
        ['worker', 'another organisation’s person', 404],
        ['supervisor', 'the supervisee', 'allowed'],
        ['supervisor', 'own', { 403: 'Only a link worker can plan an observation of their own practice' }],
        ['supervisor', 'a same-organisation other', NOT_SUPERVISOR],
        ['pastSupervisor', 'the supervisee', NOT_SUPERVISOR],
        ['admin', 'the supervisee', NOT_SUPERVISOR],
        ['admin', 'own', { 403: 'Only a link worker can plan an observation of their own practice' }],
        ['platformAdmin', 'own', 404],
      ],
    ],
  ];

const OBSERVATION_LIST: Case[] = [
  ['worker', 'own', 'allowed'],
  ['supervisor', 'the supervisee', 'allowed'],
  ['admin', 'the supervisee', 'allowed'],
  ['pastSupervisor', 'the supervisee', 'allowed'],
  ['idleSupervisor', 'the supervisee', CANNOT_SEE],
  ['otherWorker', 'the supervisee', CANNOT_SEE],
  ['supervisor', 'another organisation’s person', 404],
  ['platformAdmin', 'the supervisee', 404],
];

type ObservationAction = Extract<AccessAction, 'observation.read' | 'observation.score' | 'observation.acknowledge'>;
const OBSERVATIONS: Record<string, typeof BY_SUPERVISOR | typeof NOT_HELD> = {
  'one their current supervisor wrote': BY_SUPERVISOR,
  'one a past supervisor wrote': BY_PAST_SUPERVISOR,
  'one the organisation does not hold': NOT_HELD,
};
const ACKNOWLEDGE_ONLY = { 403: 'Only the worker who was observed can acknowledge an observation' };
const OBSERVATION_ACTIONS: [ObservationAction, Case[]][] = [
  [
    'observation.read',
    [
      ['worker', 'one their current supervisor wrote', 'allowed'],
      ['supervisor', 'one a past supervisor wrote', 'allowed'],
      ['admin', 'one their current supervisor wrote', 'allowed'],
      ['pastSupervisor', 'one a past supervisor wrote', 'allowed'],
      ['pastSupervisor', 'one their current supervisor wrote', CANNOT_SEE],
      ['otherWorker', 'one their current supervisor wrote', CANNOT_SEE],
      ['worker', 'one the organisation does not hold', 404],
      ['platformAdmin', 'one the organisation does not hold', 404],
    ],
  ],
  [
    'observation.score',
    [
      ['supervisor', 'one their current supervisor wrote', 'allowed'],
      ['supervisor', 'one a past supervisor wrote', 'allowed'],
      ['pastSupervisor', 'one a past supervisor wrote', NOT_SUPERVISOR],
      ['worker', 'one their current supervisor wrote', NOT_SUPERVISOR],
      ['admin', 'one their current supervisor wrote', NOT_SUPERVISOR],
      ['supervisor', 'one the organisation does not hold', 404],
    ],
  ],
  [
    'observation.acknowledge',
    [
      ['worker', 'one their current supervisor wrote', 'allowed'],
      ['supervisor', 'one their current supervisor wrote', ACKNOWLEDGE_ONLY],
      ['admin', 'one their current supervisor wrote', ACKNOWLEDGE_ONLY],
      ['worker', 'one the organisation does not hold', 404],
    ],
  ],
];

const NO_PEOPLE = { 403: PLATFORM_ADMIN_NO_PEOPLE };
type UnnamedAction = Extract<
  AccessAction,
  | 'people.list'
  | 'supervision-assignments.read'
  | 'supervisees.read'
  | 'organisation.policy.read'
  | 'organisation.admin'
  | 'platform.admin'
>;
const UNNAMED_ACTIONS: [UnnamedAction, [Caller, Outcome][]][] = [
  [
    'people.list',
    [
      ['worker', 'allowed'],
      ['noRole', 'allowed'],
      ['admin', 'allowed'],
      ['platformAdmin', NO_PEOPLE],
    ],
  ],
  [
    'supervision-assignments.read',
    [
      ['admin', 'allowed'],
      ['supervisor', 'allowed'],
      ['worker', { 403: 'Only employer administrators and supervisors can see supervision assignments' }],
      ['platformAdmin', NO_PEOPLE],
    ],
  ],
  [
    'supervisees.read',
    [
      ['supervisor', 'allowed'],
      ['idleSupervisor', 'allowed'],
      ['worker', { 403: 'Only supervisors have supervisees' }],
      ['admin', { 403: 'Only supervisors have supervisees' }],
      ['platformAdmin', { 403: 'Only supervisors have supervisees' }],
    ],
  ],
  [
    'organisation.policy.read',
    [
      ['worker', 'allowed'],
      ['noRole', 'allowed'],
      ['platformAdmin', { 403: 'Only members of an organisation have an adopted policy' }],
    ],
  ],
  [
    'organisation.admin',
    [
      ['admin', 'allowed'],
      ['supervisor', NOT_ADMIN],
      ['worker', NOT_ADMIN],
      ['platformAdmin', NOT_ADMIN],
    ],
  ],
  [
    'platform.admin',
    [
      ['platformAdmin', 'allowed'],
      ['admin', { 403: ONLY_PLATFORM_ADMIN }],
      ['worker', { 403: ONLY_PLATFORM_ADMIN }],
    ],
  ],
];

describe('AccessPolicy.require', () => {
  describe.each(PERSON_ACTIONS)('%s', (action, cases) => {
    it.each(cases)('as %s on %s → %j', async (who, target, expected) => {
      const personId = subjectFor(who, target);
      const access = policy();
      const run = () =>
        action === 'observation.plan'
          ? access.require(CALLERS[who], action, { workerId: personId })
          : access.require(CALLERS[who], action, { personId });
      expect(await outcomeOf(run)).toEqual(expected);
    });
  });

  describe('observation.list', () => {
    it.each(OBSERVATION_LIST)('as %s for %s → %j', async (who, target, expected) => {
      const workerId = subjectFor(who, target);
      expect(await outcomeOf(() => policy().require(CALLERS[who], 'observation.list', { workerId }))).toEqual(expected);
    });

    it.each([
      ['worker', undefined],
      ['admin', undefined],
      ['supervisor', undefined],
      ['pastSupervisor', 'past'],
    ] as const)('as %s grants the observations written by %s (undefined: all of them)', async (who, authoredBy) => {
      const grant = await policy().require(CALLERS[who], 'observation.list', { workerId: 'worker' });
      expect(grant).toEqual({ worker: PEOPLE[0], ...(authoredBy && { authoredBy }) });
    });
  });

  describe.each(OBSERVATION_ACTIONS)('%s', (action, cases) => {
    it.each(cases)('as %s on %s → %j', async (who, which, expected) => {
      expect(await outcomeOf(() => policy().require(CALLERS[who], action, OBSERVATIONS[which]))).toEqual(expected);
    });
  });

  describe.each(UNNAMED_ACTIONS)('%s', (action, cases) => {
    it.each(cases)('as %s → %j', async (who, expected) => {
      expect(await outcomeOf(() => policy().require(CALLERS[who], action))).toEqual(expected);
    });
  });

  describe('supervision-assignments', () => {
    const ASSIGNMENT = { id: 'a-1', organisationId: ORG } as SupervisionAssignmentEntity;

    it.each([
      ['admin', 'sup', 'worker', 'allowed'],
      ['admin', 'elsewhere', 'worker', 404],
      ['admin', 'sup', 'elsewhere', 404],
      ['supervisor', 'sup', 'worker', NOT_ADMIN],
      ['supervisor', 'elsewhere', 'worker', 404],
      ['platformAdmin', 'sup', 'worker', 404],
    ] as [Caller, string, string, Outcome][])(
      'create as %s for %s → %s: %j',
      async (who, supervisorId, workerId, expected) => {
        const run = () => policy().require(CALLERS[who], 'supervision-assignments.create', { supervisorId, workerId });
        expect(await outcomeOf(run)).toEqual(expected);
      },
    );

    it.each([
      ['admin', ASSIGNMENT, 'allowed'],
      ['admin', null, 404],
      ['supervisor', ASSIGNMENT, NOT_ADMIN],
      ['supervisor', null, 404],
      ['platformAdmin', null, 404],
    ] as [Caller, SupervisionAssignmentEntity | null, Outcome][])(
      'end as %s of %j → %j',
      async (who, assignment, expected) => {
        const run = () =>
          policy().require(CALLERS[who], 'supervision-assignments.end', { assignmentId: 'a-1', assignment });
        expect(await outcomeOf(run)).toEqual(expected);
      },
    );

    it('limits a supervisor to their own assignments and an admin to none', async () => {
      const access = policy();
      expect(await access.require(CALLERS.supervisor, 'supervision-assignments.read')).toEqual({
        organisationId: ORG,
        supervisorId: 'sup',
      });
      expect(await access.require(CALLERS.admin, 'supervision-assignments.read')).toEqual({ organisationId: ORG });
    });
  });

  it.each([
    ['admin', 'everyone'],
    ['supervisor', ['worker']],
    ['worker', ['worker']],
    ['otherWorker', ['other']],
    ['noRole', []],
  ] as [Caller, string | string[]][])('people.list as %s grants %j', async (who, personIds) => {
    expect(await policy().require(CALLERS[who], 'people.list')).toEqual({ organisationId: ORG, personIds });
  });

  it('people.list: someone with both roles sees themselves and their supervisees', async () => {
    const both = { ...CALLERS.supervisor, roles: ['link_worker', 'supervisor'] } as SessionUser;
    expect(await policy().require(both, 'people.list')).toEqual({ organisationId: ORG, personIds: ['sup', 'worker'] });
  });

  it('supervisees.read grants the current supervisees, and none to a supervisor of no one', async () => {
    const access = policy();
    expect(await access.require(CALLERS.supervisor, 'supervisees.read')).toEqual({
      organisationId: ORG,
      supervisees: [PEOPLE[0]],
    });
    expect(await access.require(CALLERS.idleSupervisor, 'supervisees.read')).toEqual({
      organisationId: ORG,
      supervisees: [],
    });
  });

  describe('policy.name', () => {
    const VISIBLE = { id: 'p-1', key: 'local', version: 1 } as ProgressionPolicyEntity;
    const withPolicyElsewhere = (held: boolean) => accessPolicyOver({ policyHeldElsewhere: async () => held }).access;

    it.each([
      ['a built-in or the organisation’s own', VISIBLE, false, 'allowed'],
      ['one that exists nowhere', null, false, 'missing'],
      ['another organisation’s', null, true, 404],
    ] as const)('as a worker, naming %s → %j', async (_name, visible, heldElsewhere, expected) => {
      const run = () =>
        withPolicyElsewhere(heldElsewhere).require(CALLERS.worker, 'policy.name', {
          key: 'local',
          version: 1,
          visible,
        });
      const outcome = await outcomeOf(run).catch((error: unknown) =>
        error instanceof NotFoundError ? 'missing' : error,
      );
      expect(outcome).toEqual(expected);
    });

    it('answers another organisation’s policy with the message a missing one gets', async () => {
      await expect(
        withPolicyElsewhere(true).require(CALLERS.worker, 'policy.name', { key: 'theirs', version: 2, visible: null }),
      ).rejects.toMatchObject({ answer: 'There is no progression policy theirs version 2' });
    });
  });

  it('names what was refused, for the audit log', async () => {
    const refusal = policy().require(CALLERS.worker, 'worker.records.read', { personId: 'other' });
    await expect(refusal).rejects.toMatchObject({ target: { type: 'person', id: 'other' } });
    const hidden = policy().require(CALLERS.worker, 'observation.read', NOT_HELD);
    await expect(hidden).rejects.toMatchObject({ target: { type: 'observation', id: 'obs-x' } });
  });

  it('asks for no facts a refusal by role alone does not need', async () => {
    const { access, facts } = accessPolicyOver();
    await expect(access.require(CALLERS.worker, 'organisation.admin')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      access.require(CALLERS.platformAdmin, 'worker.records.read', { personId: 'worker' }),
    ).rejects.toBeInstanceOf(NotVisibleError);
    expect(facts.personInOrganisation).not.toHaveBeenCalled();
  });
});
