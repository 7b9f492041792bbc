import { Module } from '@nestjs/common';
import { ObservationEvidenceSource } from './observation-evidence-source';
import { ObservationRepository } from './observation.repository';

/**
 * Observation storage and the progression evidence read from it. Separate from ObservationModule
 * (the routes), which needs ProgressionService: ProgressionModule imports this module, and
 * ObservationModule imports both, so there is no cycle.
 */
@Module({
  providers: [ObservationRepository, ObservationEvidenceSource],
  exports: [ObservationRepository, ObservationEvidenceSource],
})
export class ObservationRecordsModule {}
