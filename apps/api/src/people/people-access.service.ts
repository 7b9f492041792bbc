import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../auth/session-user';
import { todayUtc } from '../common/calendar-date';
import { ForbiddenError, NotVisibleError } from '../common/domain-errors';
import { PeopleRepository } from './people.repository';
import type { PersonEntity } from './person.entity';
import { SupervisionAssignmentRepository } from './supervision-assignment.repository';

/**
 * Who may see whose records (issue 5's access rules). Services call these
 * first. A person outside the caller's organisation is a 404 (no existence
 * leak); inside it, a 403. Both are audited by the error filter.
 */
@Injectable()
export class PeopleAccessService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly assignments: SupervisionAssignmentRepository,
  ) {}

  /** The person, if the caller's organisation holds them; else a 404 (platform admins see no one's records). */
  async personInCallersOrganisation(user: SessionUser, personId: string): Promise<PersonEntity> {
    const target = { type: 'person', id: personId };
    if (user.organisationId === null) throw new NotVisibleError('Not found', target);
    const person = await this.people.findInOrganisation(user.organisationId, personId);
    if (!person) throw new NotVisibleError('Not found', target);
    return person;
  }

  async isCurrentSupervisorOf(user: SessionUser, workerId: string, onDate = todayUtc()): Promise<boolean> {
    if (!user.organisationId || !user.roles.includes('supervisor')) return false;
    const current = await this.assignments.currentBetween(user.organisationId, user.personId, workerId, onDate);
    return current.length > 0;
  }

  /**
   * A worker's progression, observations and shared portfolio: the worker, their current
   * supervisors, and their organisation's employer admins.
   */
  async assertCanViewWorkerRecords(user: SessionUser, workerId: string): Promise<PersonEntity> {
    const person = await this.personInCallersOrganisation(user, workerId);
    if (user.personId === workerId) return person;
    if (user.roles.includes('employer_admin')) return person;
    if (await this.isCurrentSupervisorOf(user, workerId)) return person;
    throw new ForbiddenError('You can only see the records of people you currently supervise', {
      type: 'person',
      id: workerId,
    });
  }

  /** Observations and supervision records are authored only by a current supervisor of the worker. */
  async assertCurrentSupervisor(user: SessionUser, workerId: string): Promise<PersonEntity> {
    const person = await this.personInCallersOrganisation(user, workerId);
    if (await this.isCurrentSupervisorOf(user, workerId)) return person;
    throw new ForbiddenError('Only a current supervisor of this person can do this', { type: 'person', id: workerId });
  }

  assertEmployerAdmin(user: SessionUser): string {
    if (!user.organisationId || !user.roles.includes('employer_admin')) {
      throw new ForbiddenError('Only employer administrators can do this', {
        type: 'organisation',
        id: user.organisationId,
      });
    }
    return user.organisationId;
  }
}
