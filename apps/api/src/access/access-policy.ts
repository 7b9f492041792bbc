import { Injectable } from '@nestjs/common';
import { todayUtc } from '../common/calendar-date';
import { ForbiddenError, NotFoundError, NotVisibleError } from '../common/domain-errors';
import type { ObservationEntity } from '../observations/observation.entity';
import type { PersonEntity } from '../people/person.entity';
import type { ProgressionPolicyEntity } from '../policies/progression-policy.entity';
import type { SupervisionAssignmentEntity } from '../people/supervision-assignment.entity';
import { AccessRepository } from './access.repository';
import type { SessionUser } from './session-user';

/** An observation, looked up in the caller's organisation (null when it holds none with that id). */
export interface ObservationSubject {
  observationId: string;
  observation: ObservationEntity | null;
}

/**
 * Every action a route asks permission for: what it names (the subject) and what a yes hands back
 * (the record it was decided on, or the scope the caller may see). Who may do each is in ACCESS_RULES.
 */
export interface AccessActions {
  /** A worker's person record, progression and observation plan. */
  'worker.records.read': { subject: { personId: string }; grants: PersonEntity };
  /** The people list: who in the organisation the caller sees. */
  'people.list': { subject: NoSubject; grants: { organisationId: string; personIds: 'everyone' | string[] } };
  /** Changing a person: details, induction, attestation. */
  'people.manage': { subject: { personId: string }; grants: { organisationId: string; person: PersonEntity } };
  /** The supervision-assignment list; `supervisorId` limits it to the caller's own. */
  'supervision-assignments.read': { subject: NoSubject; grants: { organisationId: string; supervisorId?: string } };
  'supervision-assignments.create': {
    subject: { supervisorId: string; workerId: string };
    grants: { organisationId: string; supervisor: PersonEntity; worker: PersonEntity };
  };
  /** Ending (or correcting the end of) an assignment looked up in the caller's organisation. */
  'supervision-assignments.end': {
    subject: { assignmentId: string; assignment: SupervisionAssignmentEntity | null };
    grants: { organisationId: string; assignment: SupervisionAssignmentEntity };
  };
  /** Planning an observation (a draft) of a worker's practice. */
  'observation.plan': { subject: { workerId: string }; grants: PersonEntity };
  /** A worker's observations; `authoredBy` limits them to the ones the caller planned, observed or signed off. */
  'observation.list': { subject: { workerId: string }; grants: { worker: PersonEntity; authoredBy?: string } };
  'observation.read': { subject: ObservationSubject; grants: ObservationEntity };
  /** Scoring a draft, signing it off, amending a signed-off observation. */
  'observation.score': { subject: ObservationSubject; grants: ObservationEntity };
  'observation.acknowledge': { subject: ObservationSubject; grants: ObservationEntity };
  /** The supervisor's overview: their current supervisees, by name. */
  'supervisees.read': { subject: NoSubject; grants: { organisationId: string; supervisees: PersonEntity[] } };
  /**
   * Naming a stored attainment policy (to adopt it, or to evaluate with it): `visible` is the
   * built-in or the caller's organisation's own with that key and version, if there is one.
   */
  'policy.name': {
    subject: { key: string; version: number; visible: ProgressionPolicyEntity | null };
    grants: ProgressionPolicyEntity;
  };
  /** Which policy the caller's organisation has adopted. */
  'organisation.policy.read': { subject: NoSubject; grants: string };
  /** Administering the caller's organisation: invitations, its policies and which one it adopts. */
  'organisation.admin': { subject: NoSubject; grants: string };
  /** Changing what every organisation is assessed against: pay years, framework imports. */
  'platform.admin': { subject: NoSubject; grants: void };
}

export type AccessAction = keyof AccessActions;
type NoSubject = Record<string, never>;
type Subject<A extends AccessAction> = AccessActions[A]['subject'];
type Grants<A extends AccessAction> = AccessActions[A]['grants'];

/** What a rule decides with: the caller, and the repository its relationship facts come from. */
interface Facts {
  repository: AccessRepository;
  user: SessionUser;
}

type Rule<A extends AccessAction> = (facts: Facts, subject: Subject<A>) => Promise<Grants<A>>;

export const PLATFORM_ADMIN_NO_PEOPLE = "Platform administrators have no access to organisations' people";
export const CANNOT_SEE_WORKER_RECORDS = 'You can only see the records of people you currently supervise';
export const CANNOT_SEE_OBSERVATIONS =
  'You can only see the observations of people you currently supervise, and those you planned, observed or signed off';
export const ONLY_CURRENT_SUPERVISOR = 'Only a current supervisor of this person can do this';
export const ONLY_EMPLOYER_ADMIN = 'Only employer administrators can do this';
export const ONLY_PLATFORM_ADMIN = 'Only platform administrators can do this';

/**
 * Who may do what (issue 5's access rules). A record outside the caller's organisation is a
 * NotVisibleError, answered 404 exactly like one that does not exist (no existence leak), and it
 * is decided before any role: a 404 before a 403. Inside the organisation a refusal is a
 * ForbiddenError, 403. Platform administrators belong to no organisation, so they see no
 * organisation's records. The error filter writes every refusal to the audit log.
 */
const ACCESS_RULES: { [A in AccessAction]: Rule<A> } = {
  /** The worker, their current supervisors, and their organisation's employer admins. */
  'worker.records.read': async (facts, { personId }) => {
    const person = await personInCallersOrganisation(facts, personId);
    if (facts.user.personId === personId || hasRole(facts.user, 'employer_admin')) return person;
    if (await isCurrentSupervisorOf(facts, personId)) return person;
    throw new ForbiddenError(CANNOT_SEE_WORKER_RECORDS, { type: 'person', id: personId });
  },

  /** Employer admins see everyone; a supervisor their current supervisees; a link worker themselves (both roles: both). */
  'people.list': async (facts) => {
    const { user, repository } = facts;
    const organisationId = organisationOf(user);
    if (hasRole(user, 'employer_admin')) return { organisationId, personIds: 'everyone' };
    const visible = new Set<string>();
    if (hasRole(user, 'link_worker')) visible.add(user.personId);
    if (hasRole(user, 'supervisor')) {
      for (const id of await repository.currentSuperviseeIds(organisationId, user.personId, todayUtc())) {
        visible.add(id);
      }
    }
    return { organisationId, personIds: [...visible] };
  },

  /** Their organisation's employer admins; the person first, so another organisation's is a 404 whatever the role. */
  'people.manage': async (facts, { personId }) => {
    const person = await personInCallersOrganisation(facts, personId);
    return { organisationId: employerAdminsOrganisation(facts.user), person };
  },

  /** Employer admins: every assignment of the organisation. Supervisors: their own, past and present. */
  'supervision-assignments.read': async ({ user }) => {
    const organisationId = organisationOf(user);
    if (hasRole(user, 'employer_admin')) return { organisationId };
    if (hasRole(user, 'supervisor')) return { organisationId, supervisorId: user.personId };
    throw new ForbiddenError('Only employer administrators and supervisors can see supervision assignments', {
      type: 'supervision-assignment',
    });
  },

  /** Employer admins, for two people of their organisation (either outside it: 404). */
  'supervision-assignments.create': async (facts, { supervisorId, workerId }) => {
    const supervisor = await personInCallersOrganisation(facts, supervisorId);
    const worker = await personInCallersOrganisation(facts, workerId);
    return { organisationId: employerAdminsOrganisation(facts.user), supervisor, worker };
  },

  /** Employer admins, for an assignment of their organisation. */
  'supervision-assignments.end': async ({ user }, { assignmentId, assignment }) => {
    if (!assignment) throw new NotVisibleError('Not found', { type: 'supervision-assignment', id: assignmentId });
    return { organisationId: employerAdminsOrganisation(user), assignment };
  },

  /** A current supervisor of the worker, or a link worker planning an observation of their own practice. */
  'observation.plan': async (facts, { workerId }) => {
    if (facts.user.personId !== workerId) return currentSupervisorOf(facts, workerId);
    const worker = await personInCallersOrganisation(facts, workerId);
    if (!worker.roles.includes('link_worker')) {
      throw new ForbiddenError('Only a link worker can plan an observation of their own practice', {
        type: 'person',
        id: worker.id,
      });
    }
    return worker;
  },

  /**
   * All of them: the worker, their current supervisors, their employer admins. Anyone else who
   * planned, observed or signed off some of them (a past supervisor): just those.
   */
  'observation.list': async (facts, { workerId }) => {
    const worker = await personInCallersOrganisation(facts, workerId);
    if (await canSeeAllObservationsOf(facts, workerId)) return { worker };
    const { user, repository } = facts;
    const organisationId = worker.organisationId as string;
    if (
      hasRole(user, 'supervisor') &&
      (await repository.hasAuthoredObservationOf(organisationId, user.personId, workerId))
    ) {
      return { worker, authoredBy: user.personId };
    }
    throw new ForbiddenError(CANNOT_SEE_OBSERVATIONS, { type: 'person', id: workerId });
  },

  /** The same people as the list: all of them, or one the caller planned, observed or signed off. */
  'observation.read': async (facts, subject) => {
    const observation = visibleObservation(subject);
    if (await canSeeAllObservationsOf(facts, observation.workerId)) return observation;
    const authors = [observation.plannedById, observation.supervisorId, observation.signedOffById];
    if (authors.includes(facts.user.personId)) return observation;
    throw new ForbiddenError(CANNOT_SEE_OBSERVATIONS, { type: 'person', id: observation.workerId });
  },

  /** A current supervisor of the worker only: scores are never the worker's. */
  'observation.score': async (facts, subject) => {
    const observation = visibleObservation(subject);
    await currentSupervisorOf(facts, observation.workerId);
    return observation;
  },

  /** The worker who was observed, only. */
  'observation.acknowledge': async ({ user }, subject) => {
    const observation = visibleObservation(subject);
    if (user.personId !== observation.workerId) {
      throw new ForbiddenError('Only the worker who was observed can acknowledge an observation', {
        type: 'observation',
        id: subject.observationId,
      });
    }
    return observation;
  },

  /** Supervisors of an organisation. */
  'supervisees.read': async ({ user, repository }) => {
    if (user.organisationId === null || !hasRole(user, 'supervisor')) {
      throw new ForbiddenError('Only supervisors have supervisees', { type: 'supervisee-overview', id: null });
    }
    const organisationId = user.organisationId;
    const ids = await repository.currentSuperviseeIds(organisationId, user.personId, todayUtc());
    return { organisationId, supervisees: await repository.peopleInOrganisation(organisationId, ids) };
  },

  /** Any member of an organisation. */
  /**
   * Anyone may name a built-in or their own organisation's policy. Another organisation's is
   * answered exactly like one that exists nowhere (the same 404 and message), but as a denial,
   * so it is audited; only its existence is asked, through a narrow database function.
   */
  'policy.name': async ({ repository }, { key, version, visible }) => {
    if (visible) return visible;
    const missing = `There is no progression policy ${key} version ${version}`;
    if (await repository.policyHeldElsewhere(key, version)) {
      throw new NotVisibleError(missing, { type: 'progression-policy', id: `${key}@${version}` }, missing);
    }
    throw new NotFoundError(missing);
  },

  'organisation.policy.read': async ({ user }) => {
    if (user.organisationId === null) {
      throw new ForbiddenError('Only members of an organisation have an adopted policy', { type: 'organisation' });
    }
    return user.organisationId;
  },

  /** The organisation's employer admins. */
  'organisation.admin': async ({ user }) => employerAdminsOrganisation(user),

  /** Platform administrators. */
  'platform.admin': async ({ user }) => {
    if (!user.isPlatformAdmin) throw new ForbiddenError(ONLY_PLATFORM_ADMIN);
  },
};

/**
 * The access policy: services call `require(user, action, subject)` first, before reading or
 * writing anything else, the way Immich's `requireAccess` works. It answers with what the
 * decision was made on, or throws the refusal.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly repository: AccessRepository) {}

  require<A extends AccessAction>(
    user: SessionUser,
    action: A,
    ...[subject]: Subject<A> extends NoSubject ? [] : [Subject<A>]
  ): Promise<Grants<A>> {
    const rule = ACCESS_RULES[action] as Rule<A>;
    return rule({ repository: this.repository, user }, (subject ?? {}) as Subject<A>);
  }
}

function hasRole(user: SessionUser, role: SessionUser['roles'][number]): boolean {
  return user.roles.includes(role);
}

/** The caller's organisation; platform administrators (who have none) are refused with a 403. */
function organisationOf(user: SessionUser): string {
  if (user.isPlatformAdmin || user.organisationId === null) {
    throw new ForbiddenError(PLATFORM_ADMIN_NO_PEOPLE, { type: 'organisation', id: null });
  }
  return user.organisationId;
}

function employerAdminsOrganisation(user: SessionUser): string {
  if (!user.organisationId || !hasRole(user, 'employer_admin')) {
    throw new ForbiddenError(ONLY_EMPLOYER_ADMIN, { type: 'organisation', id: user.organisationId });
  }
  return user.organisationId;
}

/** The person, if the caller's organisation holds them; else a 404 (platform admins see no one's records). */
async function personInCallersOrganisation({ user, repository }: Facts, personId: string): Promise<PersonEntity> {
  const target = { type: 'person', id: personId };
  if (user.organisationId === null) throw new NotVisibleError('Not found', target);
  const person = await repository.personInOrganisation(user.organisationId, personId);
  if (!person) throw new NotVisibleError('Not found', target);
  return person;
}

async function isCurrentSupervisorOf({ user, repository }: Facts, workerId: string): Promise<boolean> {
  if (!user.organisationId || !hasRole(user, 'supervisor')) return false;
  return repository.isCurrentSupervisor(user.organisationId, user.personId, workerId, todayUtc());
}

/** Observations and supervision records are authored only by a current supervisor of the worker. */
async function currentSupervisorOf(facts: Facts, workerId: string): Promise<PersonEntity> {
  const person = await personInCallersOrganisation(facts, workerId);
  if (await isCurrentSupervisorOf(facts, workerId)) return person;
  throw new ForbiddenError(ONLY_CURRENT_SUPERVISOR, { type: 'person', id: workerId });
}

async function canSeeAllObservationsOf(facts: Facts, workerId: string): Promise<boolean> {
  return (
    facts.user.personId === workerId ||
    hasRole(facts.user, 'employer_admin') ||
    (await isCurrentSupervisorOf(facts, workerId))
  );
}

/**
 * Row-level security hides other organisations' observations, so one of those cannot be told
 * from one that does not exist: both are a 404.
 */
function visibleObservation({ observationId, observation }: ObservationSubject): ObservationEntity {
  if (!observation) throw new NotVisibleError('Not found', { type: 'observation', id: observationId });
  return observation;
}
