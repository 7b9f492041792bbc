import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';

export type NewPerson = Omit<PersonEntity, 'createdAt' | 'organisation'>;

/** The only code that reads or writes organisations and people. */
@Injectable()
export class PeopleRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
  ) {}

  async insertOrganisationIfAbsent(organisation: Pick<OrganisationEntity, 'id' | 'name' | 'kind'>): Promise<void> {
    await this.organisations.createQueryBuilder().insert().values(organisation).orIgnore().execute();
  }

  async insertPersonIfAbsent(person: NewPerson): Promise<void> {
    await this.people.createQueryBuilder().insert().values(person).orIgnore().execute();
  }

  countInOrganisation(organisationId: string): Promise<number> {
    return this.people.countBy({ organisationId });
  }
}
