import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PayScaleModule } from '../pay-scales/pay-scale.module';
import { PolicyModule } from '../policies/policy.module';
import { ProgressionController } from './progression.controller';
import { ProgressionService } from './progression.service';
import { WorkerMilestoneRepository } from './worker-milestone.repository';

/**
 * A worker's progression. Its stored evidence comes through the PROGRESSION_EVIDENCE_SOURCE port,
 * bound by the app module (the composition root) to the observations' implementation: this module
 * knows nothing of observations, which themselves use progression.
 */
@Module({
  imports: [AccessModule, PolicyModule, PayScaleModule],
  controllers: [ProgressionController],
  providers: [ProgressionService, WorkerMilestoneRepository],
  exports: [ProgressionService],
})
export class ProgressionModule {}
