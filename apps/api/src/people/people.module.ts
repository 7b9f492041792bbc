import { Module } from '@nestjs/common';
import { PeopleAccessService } from './people-access.service';
import { PeopleRepository } from './people.repository';
import { SupervisionAssignmentRepository } from './supervision-assignment.repository';

@Module({
  providers: [PeopleRepository, SupervisionAssignmentRepository, PeopleAccessService],
  exports: [PeopleRepository, SupervisionAssignmentRepository, PeopleAccessService],
})
export class PeopleModule {}
