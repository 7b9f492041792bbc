import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../access/access.decorators';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { AboutView } from './dto/about-view.dto';

@ApiTags('about')
@Public()
@WithoutTenantTransaction()
@Controller('about')
export class AboutController {
  constructor(@Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings) {}

  @Get()
  @ApiOkResponse({ type: AboutView, description: 'The service name, version and whether it runs in demo mode.' })
  about(): AboutView {
    return { service: 'Ladder', version: '0.1.0', demoMode: this.settings.demoMode };
  }
}
