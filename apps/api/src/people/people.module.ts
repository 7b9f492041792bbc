import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SessionModule } from '../sessions/session.module';
import { PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { SupervisionAssignmentController } from './supervision-assignment.controller';
import { SupervisionAssignmentRepository } from './supervision-assignment.repository';
import { SupervisionAssignmentService } from './supervision-assignment.service';

/**
 * People and supervision assignments: their storage and routes. Access is the access module's;
 * deactivation ends sessions through SessionModule, so this module needs nothing else of auth's,
 * and AuthModule (which reads people to sign them in) imports it one way.
 */
@Module({
  imports: [AccessModule, SessionModule],
  controllers: [PeopleController, SupervisionAssignmentController],
  providers: [PeopleRepository, SupervisionAssignmentRepository, PeopleService, SupervisionAssignmentService],
  exports: [PeopleRepository, SupervisionAssignmentRepository],
})
export class PeopleModule {}
