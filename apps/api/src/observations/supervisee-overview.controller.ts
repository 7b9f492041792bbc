import { Controller, Get } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentUser } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { SuperviseeOverviewView } from './dto/supervisee-overview-view.dto';
import { SuperviseeOverviewService } from './supervisee-overview.service';

@ApiTags('observations')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller('supervisees')
export class SuperviseeOverviewController {
  constructor(private readonly overview: SuperviseeOverviewService) {}

  @Get('overview')
  @ApiOperation({
    summary:
      'Your current supervisees (supervisors): level today, date of the latest signed-off observation, and whether one is due',
  })
  @ApiOkResponse({ type: SuperviseeOverviewView, isArray: true })
  @ApiForbiddenResponse({ description: 'Not a supervisor.' })
  list(@CurrentUser() user: SessionUser): Promise<SuperviseeOverviewView[]> {
    return this.overview.overview(user);
  }
}
