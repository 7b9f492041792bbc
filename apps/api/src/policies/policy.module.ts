import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { OrganisationPolicyController } from './organisation-policy.controller';
import { PolicyController } from './policy.controller';
import { PolicyRepository } from './policy.repository';
import { PolicyService } from './policy.service';

@Module({
  imports: [PeopleModule],
  controllers: [PolicyController, OrganisationPolicyController],
  providers: [PolicyRepository, PolicyService],
  exports: [PolicyService],
})
export class PolicyModule {}
