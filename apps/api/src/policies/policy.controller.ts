import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyService, type PolicyView } from './policy.service';
import { PolicyView as PolicyViewSchema } from './dto/policy-views.dto';

@ApiTags('policies')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller('policies')
export class PolicyController {
  constructor(private readonly policies: PolicyService) {}

  @Get()
  @ApiOperation({ summary: 'List the attainment policies: those shipped with Ladder and your organisation’s own' })
  @ApiOkResponse({
    type: PolicyViewSchema,
    isArray: true,
    description:
      'Each stored policy version with its definition, whether your organisation’s results use it, and when it was first used.',
  })
  list(@CurrentUser() user: SessionUser): Promise<PolicyView[]> {
    return this.policies.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Add a policy version for your organisation (employer administrators)' })
  @ApiCreatedResponse({
    type: PolicyViewSchema,
    description: 'The policy version was stored; it never changes from now on.',
  })
  @ApiBadRequestResponse({ description: 'The policy is not valid; `errors` names every bad field.' })
  @ApiForbiddenResponse({ description: 'Not an employer administrator.' })
  @ApiConflictResponse({
    description: 'Your organisation already has this key and version, or the key belongs to a built-in policy.',
  })
  create(@CurrentUser() user: SessionUser, @Body() body: CreatePolicyDto): Promise<PolicyView> {
    return this.policies.create(user, body);
  }
}
