import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { cookieNames } from './auth-settings';
import { AuthErrorFilter } from './auth-error.filter';
import { AllowedBeforeSecondFactor, CurrentUser, Public } from '../access/access.decorators';
import { AuthService } from './auth.service';
import { MeService } from './me.service';
import { CsrfTokenView, MeView } from './dto/auth-views.dto';
import { newCsrfToken } from './csrf';
import { LoginDto } from './dto/login.dto';
import { LocalLoginGuard } from './local-login.guard';
import type { AuthPerson } from '../sessions/session.repository';
import type { SessionUser } from '../access/session-user';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';

@ApiTags('auth')
@Controller('auth')
@UseFilters(AuthErrorFilter)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
  ) {}

  @Public()
  @Get('csrf')
  @ApiOkResponse({
    type: CsrfTokenView,
    description: 'A CSRF token (also set as a cookie); send it in X-CSRF-Token on every POST, PUT, PATCH and DELETE.',
  })
  csrf(@Req() req: Request, @Res({ passthrough: true }) res: Response): CsrfTokenView {
    const name = cookieNames(this.settings.secureCookies).csrf;
    const existing = (req.cookies as Record<string, string | undefined>)[name];
    const csrfToken = existing ?? newCsrfToken();
    res.cookie(name, csrfToken, {
      httpOnly: false,
      sameSite: 'strict',
      secure: this.settings.secureCookies,
      path: '/',
    });
    return { csrfToken };
  }

  @Public()
  // Opens its own transaction in the right organisation once the person is known (no second pooled connection).
  @WithoutTenantTransaction()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalLoginGuard)
  @ApiOkResponse({
    type: MeView,
    description:
      'Signed in: the session cookie is set. If `totpRequired` is true and `totpEnabled` false, the session can only set up two-step verification until that is done.',
  })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed.' })
  @ApiUnauthorizedResponse({
    description:
      'The email address or password is not right; or (`totpRequired: true`) the password was right and a code from the authenticator app, or a recovery code, is needed.',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed attempts for this account (5 in 15 minutes) or from this network (20 in 15 minutes); Retry-After says when to try again.',
  })
  async login(
    @Body() _credentials: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeView> {
    const names = cookieNames(this.settings.secureCookies);
    const previous = (req.cookies as Record<string, string | undefined>)[names.session];
    const person = req.user as AuthPerson;
    const token = await this.auth.startSession(person, previous);
    res.cookie(names.session, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.settings.secureCookies,
      path: '/',
    });
    return this.me.forPerson(person);
  }

  @Post('logout')
  @HttpCode(204)
  @AllowedBeforeSecondFactor()
  @ApiNoContentResponse({ description: 'Signed out: the session is ended on the server.' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const name = cookieNames(this.settings.secureCookies).session;
    const token = (req.cookies as Record<string, string | undefined>)[name];
    if (token) await this.auth.endSession(token);
    res.clearCookie(name, { path: '/', secure: this.settings.secureCookies, sameSite: 'lax', httpOnly: true });
  }

  @Get('me')
  @AllowedBeforeSecondFactor()
  @ApiOkResponse({
    type: MeView,
    description:
      'The signed-in person, their organisation and roles, and whether two-step verification is on and required.',
  })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  current(@CurrentUser() user: SessionUser): Promise<MeView> {
    return this.me.forUser(user);
  }
}
