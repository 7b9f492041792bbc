import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationEntity } from './organisation.entity';
import { PeopleRepository } from './people.repository';
import { PersonEntity } from './person.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, PersonEntity])],
  providers: [PeopleRepository],
  exports: [PeopleRepository],
})
export class PeopleModule {}
