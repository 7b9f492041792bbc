import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';

export type NewPerson = Omit<PersonEntity, 'createdAt' | 'organisation'>;

/** What an employer admin may change about a person. */
export type PersonChanges = Partial<
  Pick<
    PersonEntity,
    'roles' | 'supervisionTypes' | 'jobTitle' | 'experienceStartDate' | 'employmentStartDate' | 'active'
  >
>;

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

  /** Everyone in the organisation, by name. */
  listInOrganisation(organisationId: string): Promise<PersonEntity[]> {
    return this.people.find({ where: { organisationId }, order: { fullName: 'ASC', email: 'ASC' } });
  }

  findManyInOrganisation(organisationId: string, personIds: readonly string[]): Promise<PersonEntity[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.people.find({
      where: { organisationId, id: In([...personIds]) },
      order: { fullName: 'ASC', email: 'ASC' },
    });
  }

  async update(organisationId: string, personId: string, changes: PersonChanges): Promise<void> {
    await this.people.update({ organisationId, id: personId }, changes);
  }

  /**
   * Inserts a new person in the current tenant transaction; returns their id, or
   * null when the email already has an account (ON CONFLICT DO NOTHING, so the
   * transaction stays usable).
   */
  async insertNew(person: Omit<NewPerson, 'id'>): Promise<string | null> {
    const result = await this.people
      .createQueryBuilder()
      .insert()
      .values(person)
      .orIgnore()
      .returning(['id'])
      .updateEntity(false)
      .execute();
    const rows = result.raw as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Sets a password; `organisationId` null means a platform administrator. */
  async setPasswordHash(organisationId: string | null, personId: string, passwordHash: string): Promise<void> {
    const where = organisationId === null ? { id: personId, isPlatformAdmin: true } : { organisationId, id: personId };
    await this.people.update(where, { passwordHash });
  }
}
