import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { SupervisionAssignmentEntity } from './supervision-assignment.entity';

/** The only code that reads or writes supervision assignments. */
@Injectable()
export class SupervisionAssignmentRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get assignments() {
    return this.tenant.manager().getRepository(SupervisionAssignmentEntity);
  }

  /** Assignments of this supervisor to this worker current on `onDate` (started, and not ended before it). */
  async currentBetween(
    organisationId: string,
    supervisorId: string,
    workerId: string,
    onDate: string,
  ): Promise<SupervisionAssignmentEntity[]> {
    const base = { organisationId, supervisorId, workerId, startsOn: LessThanOrEqual(onDate) };
    return this.assignments.find({
      where: [
        { ...base, endsOn: IsNull() },
        { ...base, endsOn: MoreThanOrEqual(onDate) },
      ],
    });
  }

  /** Every worker this supervisor currently supervises. */
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
}
