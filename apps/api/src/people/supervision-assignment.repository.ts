import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { SupervisionAssignmentEntity } from './supervision-assignment.entity';

const EXCLUSION_VIOLATION = '23P01';

type NewAssignment = Omit<SupervisionAssignmentEntity, 'id' | 'createdAt' | 'organisation' | 'supervisor' | 'worker'>;

/** The only code that writes supervision assignments (the access policy reads who supervises whom itself). */
@Injectable()
export class SupervisionAssignmentRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get assignments() {
    return this.tenant.manager().getRepository(SupervisionAssignmentEntity);
  }

  /**
   * Inserts the assignment unless it would overlap one of the same supervisor, worker and type:
   * the exclusion constraint decides, so requests racing each other store one row. Null when it
   * overlaps (then nothing is stored).
   */
  async insertUnlessOverlapping(assignment: NewAssignment): Promise<SupervisionAssignmentEntity | null> {
    const result = await this.assignments
      .createQueryBuilder()
      .insert()
      .values(assignment)
      .orIgnore()
      .returning(['id', 'created_at'])
      .execute();
    const row = (result.raw as { id: string; created_at: Date }[])[0];
    return row ? { ...assignment, id: row.id, createdAt: row.created_at } : null;
  }

  /** An assignment with exactly these people, type and dates, if one is stored. */
  findIdentical(assignment: NewAssignment): Promise<SupervisionAssignmentEntity | null> {
    const { organisationId, supervisorId, workerId, supervisionType, startsOn, endsOn } = assignment;
    return this.assignments.findOne({
      where: { organisationId, supervisorId, workerId, supervisionType, startsOn, endsOn: endsOn ?? IsNull() },
    });
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

  /** Sets the last day; false (and nothing changed) when that would overlap another assignment of the same kind. */
  async setEndsOn(organisationId: string, id: string, endsOn: string): Promise<boolean> {
    try {
      await this.tenant.manager().transaction(async (inner) => {
        await inner.getRepository(SupervisionAssignmentEntity).update({ organisationId, id }, { endsOn });
      });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === EXCLUSION_VIOLATION) return false;
      throw error;
    }
  }
}
