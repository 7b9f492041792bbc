import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Public } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { NewPasswordDto } from '../people/dto/new-password.dto';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { AcceptedInvitationView, InvitationView, PublicInvitationView } from './dto/invitation-views.dto';
import { INVITATION_LINK_INVALID, InvitationService } from './invitation.service';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';

const TOKEN_PARAM = { name: 'token', description: 'The token from the invitation link.' } as const;
const LINK_INVALID = { description: `Unknown, used or expired link: "${INVITATION_LINK_INVALID}"` } as const;

@ApiTags('invitations')
@Controller('invitations')
export class InvitationController {
  constructor(private readonly invitations: InvitationService) {}

  @Post()
  @ApiOperation({
    summary: 'Invite someone to your organisation by email (employer admins)',
    description: 'Emails a one-time link, valid for 7 days, to /invitations/{token}.',
  })
  @ApiCreatedResponse({ type: InvitationView })
  @ApiBadRequestResponse({ description: 'A field is not valid; `errors` names each one.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Not an employer admin.' })
  @ApiConflictResponse({ description: 'The email already has an account or a pending invitation.' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateInvitationDto): Promise<InvitationView> {
    return this.invitations.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Pending invitations of your organisation (employer admins)' })
  @ApiOkResponse({ type: InvitationView, isArray: true })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Not an employer admin.' })
  listPending(@CurrentUser() user: SessionUser): Promise<InvitationView[]> {
    return this.invitations.listPending(user);
  }

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'Who an invitation link is for (public)' })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: PublicInvitationView })
  @ApiNotFoundResponse(LINK_INVALID)
  view(@Param('token') token: string): Promise<PublicInvitationView> {
    return this.invitations.viewByToken(token);
  }

  // Opens its own transaction in the right organisation once the person is known (no second pooled connection).
  @WithoutTenantTransaction()
  @Post(':token/accept')
  @Public()
  @ApiOperation({
    summary: 'Accept an invitation by choosing a password (public; needs the CSRF token)',
    description: 'Creates the account; then sign in with the email and the new password. The link works once.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiCreatedResponse({ type: AcceptedInvitationView })
  @ApiBadRequestResponse({ description: 'The password does not meet the policy; `errors` says why.' })
  @ApiNotFoundResponse(LINK_INVALID)
  accept(@Param('token') token: string, @Body() body: NewPasswordDto): Promise<AcceptedInvitationView> {
    return this.invitations.accept(token, body);
  }
}
