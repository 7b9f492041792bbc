import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthReport, HealthService } from './health.service';

@ApiTags('health')
@Public()
@WithoutTenantTransaction()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'The API is up and the database is reachable.' })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable.' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}
