import { Module } from '@nestjs/common';
import { PayScaleModule } from '../pay-scales/pay-scale.module';
import { PeopleModule } from '../people/people.module';
import { PolicyModule } from '../policies/policy.module';
import { NoObservationRecordsEvidenceSource, PROGRESSION_EVIDENCE_SOURCE } from './progression-evidence-source';
import { ProgressionController } from './progression.controller';
import { ProgressionService } from './progression.service';
import { WorkerMilestoneRepository } from './worker-milestone.repository';

@Module({
  imports: [PeopleModule, PolicyModule, PayScaleModule],
  controllers: [ProgressionController],
  providers: [
    ProgressionService,
    WorkerMilestoneRepository,
    // Stored evidence: the observations module replaces this provider with its own source.
    { provide: PROGRESSION_EVIDENCE_SOURCE, useClass: NoObservationRecordsEvidenceSource },
  ],
})
export class ProgressionModule {}
