import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PeopleController } from './people.controller';
import { PeopleModule } from './people.module';
import { PeopleService } from './people.service';
import { SupervisionAssignmentController } from './supervision-assignment.controller';
import { SupervisionAssignmentService } from './supervision-assignment.service';

/**
 * The people and supervision-assignment routes. Separate from PeopleModule,
 * which AuthModule imports, because these need AuthModule's SessionRepository
 * (deactivation ends sessions): one module each way would be a cycle.
 */
@Module({
  imports: [PeopleModule, AuthModule],
  controllers: [PeopleController, SupervisionAssignmentController],
  providers: [PeopleService, SupervisionAssignmentService],
})
export class PeopleManagementModule {}
