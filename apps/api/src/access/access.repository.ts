import { Injectable } from '@nestjs/common';
import { In, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { ObservationEntity } from '../observations/observation.entity';
import { PersonEntity } from '../people/person.entity';
import { SupervisionAssignmentEntity } from '../people/supervision-assignment.entity';

/**
 * The relationship facts the access policy decides on, and nothing else: whether a person is in an
 * organisation, who supervises whom today, who wrote which observation, whether another
 * organisation holds a policy. Every query runs in the
 * caller's tenant transaction (row-level security) and also filters by organisation itself.
 */
@Injectable()
export class AccessRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get people() {
    return this.tenant.manager().getRepository(PersonEntity);
  }

  private get assignments() {
    return this.tenant.manager().getRepository(SupervisionAssignmentEntity);
  }

  private get observations() {
    return this.tenant.manager().getRepository(ObservationEntity);
  }

  /** Whether another organisation holds a policy with this key and version (which row-level security hides). */
  async policyHeldElsewhere(key: string, version: number): Promise<boolean> {
    const [row] = (await this.tenant
      .manager()
      .query(`SELECT ladder_policy_held_elsewhere($1, $2) AS held`, [key, version])) as { held: boolean }[];
    return row.held;
  }

  personInOrganisation(organisationId: string, personId: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ organisationId, id: personId });
  }

  /** These people of the organisation, by name. */
  peopleInOrganisation(organisationId: string, personIds: readonly string[]): Promise<PersonEntity[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.people.find({
      where: { organisationId, id: In([...personIds]) },
      order: { fullName: 'ASC', email: 'ASC' },
    });
  }

  /** Whether an assignment of this supervisor to this worker is current on `onDate` (started, and not ended before it). */
  isCurrentSupervisor(
    organisationId: string,
    supervisorId: string,
    workerId: string,
    onDate: string,
  ): Promise<boolean> {
    const base = { organisationId, supervisorId, workerId, startsOn: LessThanOrEqual(onDate) };
    return this.assignments.exists({
      where: [
        { ...base, endsOn: IsNull() },
        { ...base, endsOn: MoreThanOrEqual(onDate) },
      ],
    });
  }

  /** The distinct workers this supervisor has a current assignment with on `onDate`. */
  async currentSuperviseeIds(organisationId: string, supervisorId: string, onDate: string): Promise<string[]> {
    const base = { organisationId, supervisorId, startsOn: LessThanOrEqual(onDate) };
    const rows = await this.assignments.find({
      where: [
        { ...base, endsOn: IsNull() },
        { ...base, endsOn: MoreThanOrEqual(onDate) },
      ],
    });
    return [...new Set(rows.map((row) => row.workerId))];
  }

  /** Whether this person planned, observed or signed off any observation of the worker. */
  hasAuthoredObservationOf(organisationId: string, personId: string, workerId: string): Promise<boolean> {
    return this.observations.exists({
      where: [
        { organisationId, workerId, plannedById: personId },
        { organisationId, workerId, supervisorId: personId },
        { organisationId, workerId, signedOffById: personId },
      ],
    });
  }
}
