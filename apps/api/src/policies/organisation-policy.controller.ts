import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { PolicyRefDto } from './dto/policy-ref.dto';
import { PolicyService } from './policy.service';
import { AdoptionView } from './dto/policy-views.dto';

@ApiTags('policies')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller('organisation/policy')
export class OrganisationPolicyController {
  constructor(private readonly policies: PolicyService) {}

  @Get()
  @ApiOperation({ summary: 'Which attainment policy your organisation’s progression results use' })
  @ApiOkResponse({
    type: AdoptionView,
    description: 'The adopted policy version, or the built-in default when none is adopted.',
  })
  @ApiForbiddenResponse({ description: 'You belong to no organisation.' })
  get(@CurrentUser() user: SessionUser): Promise<AdoptionView> {
    return this.policies.currentAdoption(user);
  }

  @Put()
  @ApiOperation({ summary: 'Adopt a policy version for your organisation’s results (employer administrators)' })
  @ApiOkResponse({ type: AdoptionView, description: 'The policy version your organisation’s results use from now on.' })
  @ApiBadRequestResponse({ description: '`errors` names each bad field.' })
  @ApiForbiddenResponse({ description: 'Not an employer administrator.' })
  @ApiNotFoundResponse({ description: 'No such policy version among the built-ins and your organisation’s own.' })
  adopt(@CurrentUser() user: SessionUser, @Body() body: PolicyRefDto): Promise<AdoptionView> {
    return this.policies.adopt(user, body);
  }
}
