import { Body, Controller, Header, HttpCode, Post, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { AuthErrorFilter } from './auth-error.filter';
import { AllowedBeforeSecondFactor, CurrentSessionId, CurrentUser } from '../access/access.decorators';
import { DisableTotpDto, EnableTotpDto } from './dto/totp-code.dto';
import { SecondFactorService } from './second-factor.service';
import { RecoveryCodesView, TotpSetupView } from './dto/auth-views.dto';
import type { SessionUser } from '../access/session-user';

/** Two-step verification with an authenticator app. Open to restricted sessions, which exist to reach these. */
@ApiTags('auth')
@Controller('auth/totp')
@UseFilters(AuthErrorFilter)
@AllowedBeforeSecondFactor()
@ApiTooManyRequestsResponse({ description: 'Too many attempts: the message and Retry-After say when to try again.' })
export class TotpController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Post('setup')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: TotpSetupView,
    description: 'A new secret, pending until confirmed with /enable; any secret in use keeps working.',
  })
  setup(@CurrentUser() user: SessionUser): Promise<TotpSetupView> {
    return this.secondFactor.setup(user);
  }

  @Post('enable')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    type: RecoveryCodesView,
    description: 'Turned on. Ten single-use recovery codes, shown this once; other sessions end.',
  })
  @ApiBadRequestResponse({ description: 'The code is malformed or not the current one for the new secret.' })
  @ApiConflictResponse({ description: 'No set-up is pending.' })
  enable(
    @CurrentUser() user: SessionUser,
    @CurrentSessionId() sessionId: string,
    @Body() body: EnableTotpDto,
  ): Promise<RecoveryCodesView> {
    return this.secondFactor.enable(user, body.code, sessionId);
  }

  @Post('disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Turned off; recovery codes deleted; other sessions end.' })
  @ApiBadRequestResponse({ description: 'The code is malformed, wrong or already used.' })
  @ApiForbiddenResponse({ description: 'The role needs two-step verification (outside demo mode).' })
  @ApiConflictResponse({ description: 'Two-step verification is not on.' })
  disable(
    @CurrentUser() user: SessionUser,
    @CurrentSessionId() sessionId: string,
    @Body() body: DisableTotpDto,
  ): Promise<void> {
    return this.secondFactor.disable(user, body.code, sessionId);
  }
}
