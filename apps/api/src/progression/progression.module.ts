import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ObservationEvidenceSource } from '../observations/observation-evidence-source';
import { ObservationRecordsModule } from '../observations/observation-records.module';
import { PayScaleModule } from '../pay-scales/pay-scale.module';
import { PolicyModule } from '../policies/policy.module';
import { PROGRESSION_EVIDENCE_SOURCE } from './progression-evidence-source';
import { ProgressionController } from './progression.controller';
import { ProgressionService } from './progression.service';
import { WorkerMilestoneRepository } from './worker-milestone.repository';

@Module({
  imports: [AccessModule, PolicyModule, PayScaleModule, ObservationRecordsModule],
  controllers: [ProgressionController],
  providers: [
    ProgressionService,
    WorkerMilestoneRepository,
    // Stored evidence: the signed-off (and draft) observation scores the observations module keeps.
    { provide: PROGRESSION_EVIDENCE_SOURCE, useExisting: ObservationEvidenceSource },
  ],
  exports: [ProgressionService],
})
export class ProgressionModule {}
