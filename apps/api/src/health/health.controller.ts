import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '../access/access.decorators';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthService } from './health.service';
import { HealthReportView } from './dto/health-report-view.dto';

@ApiTags('health')
@Public()
@WithoutTenantTransaction()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ type: HealthReportView, description: 'The API is up and the database is reachable.' })
  @ApiServiceUnavailableResponse({ type: HealthReportView, description: 'The database is not reachable.' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReportView> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
