import { Injectable } from '@nestjs/common';
import { TenantContext } from '../database/tenant-context';
import { PersonEntity } from '../people/person.entity';

/** The employer-recorded facts progression reads from a person's record. */
export interface WorkerMilestones {
  personId: string;
  inductionCompletedOn: string | null;
  widerResponsibilitiesAttestedOn: string | null;
}

/**
 * The only code that writes a person's induction and attestation dates (columns of `people`
 * added by the progression migration). Runs in the request's tenant transaction (row-level
 * security) and filters by organisation itself.
 */
@Injectable()
export class WorkerMilestoneRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get people() {
    return this.tenant.manager().getRepository(PersonEntity);
  }

  async setInductionCompletedOn(organisationId: string, personId: string, date: string | null): Promise<void> {
    await this.people.update({ organisationId, id: personId }, { inductionCompletedOn: date });
  }

  async setWiderResponsibilitiesAttestedOn(
    organisationId: string,
    personId: string,
    date: string | null,
  ): Promise<void> {
    await this.people.update({ organisationId, id: personId }, { widerResponsibilitiesAttestedOn: date });
  }

  async find(organisationId: string, personId: string): Promise<WorkerMilestones | null> {
    const row = await this.people.findOne({
      select: { id: true, inductionCompletedOn: true, widerResponsibilitiesAttestedOn: true },
      where: { organisationId, id: personId },
    });
    if (!row) return null;
    return {
      personId: row.id,
      inductionCompletedOn: row.inductionCompletedOn ?? null,
      widerResponsibilitiesAttestedOn: row.widerResponsibilitiesAttestedOn ?? null,
    };
  }
}
