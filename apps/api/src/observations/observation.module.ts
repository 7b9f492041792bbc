import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FrameworkModule } from '../frameworks/framework.module';
import { ProgressionModule } from '../progression/progression.module';
import { ObservationEvidenceSource } from './observation-evidence-source';
import { ObservationController } from './observation.controller';
import { ObservationRepository } from './observation.repository';
import { ObservationService } from './observation.service';
import { SuperviseeOverviewController } from './supervisee-overview.controller';
import { SuperviseeOverviewService } from './supervisee-overview.service';

/**
 * The observation routes, the supervisor's overview of their supervisees, and the progression
 * evidence read from stored observations. Observations use progression (what to observe next);
 * progression reads its evidence through the PROGRESSION_EVIDENCE_SOURCE port, which the app
 * module binds to ObservationEvidenceSource, so the dependency runs one way.
 */
@Module({
  imports: [AccessModule, FrameworkModule, ProgressionModule],
  controllers: [ObservationController, SuperviseeOverviewController],
  providers: [ObservationRepository, ObservationEvidenceSource, ObservationService, SuperviseeOverviewService],
  exports: [ObservationService, ObservationEvidenceSource],
})
export class ObservationModule {}
