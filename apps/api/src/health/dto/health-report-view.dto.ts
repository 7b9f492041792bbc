import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthReport } from '../health.service';

export class HealthReportView implements HealthReport {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ enum: ['reachable', 'unreachable'] })
  database!: 'reachable' | 'unreachable';

  @ApiPropertyOptional({ description: 'Why the database is unreachable.' })
  detail?: string;
}
