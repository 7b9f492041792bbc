import { Injectable } from '@nestjs/common';
import { TenantContext } from '../database/tenant-context';
import { SupervisionAssignmentEntity } from './supervision-assignment.entity';

/** The only code that writes supervision assignments (the access policy reads who supervises whom itself). */
@Injectable()
export class SupervisionAssignmentRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get assignments() {
    return this.tenant.manager().getRepository(SupervisionAssignmentEntity);
  }

  async insert(
    assignment: Omit<SupervisionAssignmentEntity, 'id' | 'createdAt' | 'organisation' | 'supervisor' | 'worker'>,
  ): Promise<SupervisionAssignmentEntity> {
    return this.assignments.save(this.assignments.create(assignment));
  }

  async insertIfAbsent(
    assignment: Omit<SupervisionAssignmentEntity, 'createdAt' | 'organisation' | 'supervisor' | 'worker'>,
  ): Promise<void> {
    await this.assignments.createQueryBuilder().insert().values(assignment).orIgnore().execute();
  }

  listForOrganisation(organisationId: string): Promise<SupervisionAssignmentEntity[]> {
    return this.assignments.find({ where: { organisationId }, order: { startsOn: 'DESC' } });
  }

  /** An organisation's assignments (or one supervisor's), newest first, with the supervisor's and worker's names. */
  listWithPeople(organisationId: string, supervisorId?: string): Promise<SupervisionAssignmentEntity[]> {
    return this.assignments.find({
      where: supervisorId === undefined ? { organisationId } : { organisationId, supervisorId },
      relations: { supervisor: true, worker: true },
      order: { startsOn: 'DESC', createdAt: 'DESC' },
    });
  }

  findWithPeople(organisationId: string, id: string): Promise<SupervisionAssignmentEntity | null> {
    return this.assignments.findOne({ where: { organisationId, id }, relations: { supervisor: true, worker: true } });
  }

  /** Whether the same supervisor already supervises the same worker in the same way at any time in [startsOn, endsOn]. */
  async overlapExists(
    organisationId: string,
    assignment: Pick<
      SupervisionAssignmentEntity,
      'supervisorId' | 'workerId' | 'supervisionType' | 'startsOn' | 'endsOn'
    >,
  ): Promise<boolean> {
    const query = this.assignments
      .createQueryBuilder('assignment')
      .where('assignment.organisation_id = :organisationId', { organisationId })
      .andWhere('assignment.supervisor_id = :supervisorId', { supervisorId: assignment.supervisorId })
      .andWhere('assignment.worker_id = :workerId', { workerId: assignment.workerId })
      .andWhere('assignment.supervision_type = :supervisionType', { supervisionType: assignment.supervisionType })
      .andWhere('(assignment.ends_on IS NULL OR assignment.ends_on >= :startsOn)', { startsOn: assignment.startsOn });
    if (assignment.endsOn !== null) query.andWhere('assignment.starts_on <= :endsOn', { endsOn: assignment.endsOn });
    return query.getExists();
  }

  async setEndsOn(organisationId: string, id: string, endsOn: string): Promise<void> {
    await this.assignments.update({ organisationId, id }, { endsOn });
  }
}
