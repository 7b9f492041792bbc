import { Body, Controller, Get, HttpCode, Param, Post, Ip } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../access/access.decorators';
import { NewPasswordDto } from '../people/dto/new-password.dto';
import { RequestPasswordResetDto } from './dto/request-password-reset.dto';
import { PasswordResetLinkView, PasswordResetRequestedView } from './dto/password-reset-views.dto';
import { PASSWORD_RESET_LINK_INVALID, PASSWORD_RESET_REQUESTED, PasswordResetService } from './password-reset.service';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';

const TOKEN_PARAM = { name: 'token', description: 'The token from the password-reset link.' } as const;
const LINK_INVALID = { description: `Unknown, used or expired link: "${PASSWORD_RESET_LINK_INVALID}"` } as const;

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  // Opens its own transaction in the right organisation once the person is known (no second pooled connection).
  @WithoutTenantTransaction()
  @Post()
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a password-reset link by email (public; needs the CSRF token)',
    description: 'Always the same answer, so it does not reveal whether the email has an account.',
  })
  @ApiAcceptedResponse({
    type: PasswordResetRequestedView,
    description: `{ "message": "${PASSWORD_RESET_REQUESTED}" }`,
  })
  @ApiBadRequestResponse({ description: 'email is missing or malformed.' })
  request(@Body() body: RequestPasswordResetDto, @Ip() ip: string): Promise<PasswordResetRequestedView> {
    return this.resets.request(body, ip);
  }

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'Whose password a reset link is for (public)' })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: PasswordResetLinkView })
  @ApiNotFoundResponse(LINK_INVALID)
  view(@Param('token') token: string): Promise<PasswordResetLinkView> {
    return this.resets.view(token);
  }

  // Opens its own transaction in the right organisation once the person is known (no second pooled connection).
  @WithoutTenantTransaction()
  @Post(':token')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with a reset link (public; needs the CSRF token)',
    description: 'The link works once. Every session of the person ends; they sign in again with the new password.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiNoContentResponse({ description: 'The password is changed.' })
  @ApiBadRequestResponse({ description: 'The password does not meet the policy; `errors` says why.' })
  @ApiNotFoundResponse(LINK_INVALID)
  reset(@Param('token') token: string, @Body() body: NewPasswordDto): Promise<void> {
    return this.resets.reset(token, body);
  }
}
