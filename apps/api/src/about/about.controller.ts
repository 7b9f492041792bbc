import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';

export interface AboutResponse {
  service: string;
  version: string;
  /** True when running on the embedded database with demo data: the UI shows a banner. */
  demoMode: boolean;
}

@ApiTags('about')
@Public()
@WithoutTenantTransaction()
@Controller('about')
export class AboutController {
  constructor(@Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings) {}

  @Get()
  @ApiOkResponse({ description: 'The service name, version and whether it runs in demo mode.' })
  about(): AboutResponse {
    return { service: 'Ladder', version: '0.1.0', demoMode: this.settings.demoMode };
  }
}
