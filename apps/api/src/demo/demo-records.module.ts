import { Module } from '@nestjs/common';
import { ObservationModule } from '../observations/observation.module';
import { ProgressionModule } from '../progression/progression.module';
import { DemoRecordsService } from './demo-records.service';

/** Demo observations and induction dates (separate from DemoModule, which the API's own tests load without records). */
@Module({
  imports: [ObservationModule, ProgressionModule],
  providers: [DemoRecordsService],
  exports: [DemoRecordsService],
})
export class DemoRecordsModule {}
