import { Injectable } from '@nestjs/common';
import { TenantContext } from '../database/tenant-context';
import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';

export type NewPerson = Omit<PersonEntity, 'createdAt' | 'organisation'>;

/**
 * The only code that reads or writes organisations and people. Every query
 * runs in the caller's tenant transaction (row-level security) and also
 * filters by organisation itself.
 */
@Injectable()
export class PeopleRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get organisations() {
    return this.tenant.manager().getRepository(OrganisationEntity);
  }

  private get people() {
    return this.tenant.manager().getRepository(PersonEntity);
  }

  async insertOrganisationIfAbsent(organisation: Pick<OrganisationEntity, 'id' | 'name' | 'kind'>): Promise<void> {
    await this.organisations.createQueryBuilder().insert().values(organisation).orIgnore().execute();
  }

  async insertPersonIfAbsent(person: NewPerson): Promise<void> {
    await this.people.createQueryBuilder().insert().values(person).orIgnore().execute();
  }

  countInOrganisation(organisationId: string): Promise<number> {
    return this.people.countBy({ organisationId });
  }

  findInOrganisation(organisationId: string | null, personId: string): Promise<PersonEntity | null> {
    if (organisationId === null) return this.people.findOneBy({ id: personId, isPlatformAdmin: true });
    return this.people.findOneBy({ organisationId, id: personId });
  }

  findOrganisation(organisationId: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ id: organisationId });
  }
}
