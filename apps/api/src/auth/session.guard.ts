import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError } from '../common/domain-errors';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { CSRF_HEADER, cookieNames } from './auth-settings';
import { ALLOWED_BEFORE_SECOND_FACTOR, IS_PUBLIC } from '../access/access.decorators';
import { AuthService } from './auth.service';
import { SAFE_METHODS, csrfTokensMatch } from './csrf';
import type { SessionUser } from '../access/session-user';

export type AuthenticatedRequest = Request & { sessionUser?: SessionUser; sessionId?: string };

export const SECOND_FACTOR_SETUP_NEEDED =
  'Your role needs two-step verification. Set up an authenticator app to continue (POST /api/auth/totp/setup).';

/**
 * Runs before every route: rejects state-changing requests without a matching
 * CSRF token, resolves the session cookie, and lets only @Public() routes
 * through without a session. A session of an admin who has not set up the
 * second factor their role needs is restricted: it reaches only the routes
 * marked @AllowedBeforeSecondFactor() (who am I, enrolment, sign-out) until
 * enrolment is done, and gets a 403 saying so everywhere else.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const names = cookieNames(this.settings.secureCookies);
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;

    if (!SAFE_METHODS.has(request.method) && !csrfTokensMatch(cookies[names.csrf], request.header(CSRF_HEADER))) {
      throw new ForbiddenException('Missing or invalid CSRF token: fetch /api/auth/csrf and send it in X-CSRF-Token');
    }

    const token = cookies[names.session];
    const session = token ? await this.auth.resolveSession(token) : null;
    if (session) {
      request.sessionUser = session.user;
      request.sessionId = session.sessionId;
    }

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!session) {
      throw new UnauthorizedException('Sign in to continue');
    }
    if (
      session.mustEnrolSecondFactor &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_SECOND_FACTOR, targets)
    ) {
      throw new ForbiddenError(SECOND_FACTOR_SETUP_NEEDED, { type: 'second-factor', id: session.user.personId });
    }
    return true;
  }
}
