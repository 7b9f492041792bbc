import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FrameworkModule } from '../frameworks/framework.module';
import { ProgressionModule } from '../progression/progression.module';
import { ObservationRecordsModule } from './observation-records.module';
import { ObservationController } from './observation.controller';
import { ObservationService } from './observation.service';
import { SuperviseeOverviewController } from './supervisee-overview.controller';
import { SuperviseeOverviewService } from './supervisee-overview.service';

/** The observation routes and the supervisor's overview of their supervisees. */
@Module({
  imports: [AccessModule, ObservationRecordsModule, FrameworkModule, ProgressionModule],
  controllers: [ObservationController, SuperviseeOverviewController],
  providers: [ObservationService, SuperviseeOverviewService],
  exports: [ObservationService],
})
export class ObservationModule {}
