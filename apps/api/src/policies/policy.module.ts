import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { OrganisationPolicyController } from './organisation-policy.controller';
import { PolicyController } from './policy.controller';
import { PolicyRepository } from './policy.repository';
import { PolicyService } from './policy.service';

@Module({
  imports: [AccessModule],
  controllers: [PolicyController, OrganisationPolicyController],
  providers: [PolicyRepository, PolicyService],
  exports: [PolicyService],
})
export class PolicyModule {}
