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
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { CSRF_HEADER, cookieNames } from './auth-settings';
import { IS_PUBLIC } from './auth.decorators';
import { AuthService } from './auth.service';
import { SAFE_METHODS, csrfTokensMatch } from './csrf';
import type { SessionUser } from './session-user';

export type AuthenticatedRequest = Request & { sessionUser?: SessionUser };

/**
 * Runs before every route: rejects state-changing requests without a matching
 * CSRF token, resolves the session cookie, and lets only @Public() routes
 * through without a session.
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
    if (token) {
      const user = await this.auth.resolveSession(token);
      if (user) request.sessionUser = user;
    }

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !request.sessionUser) {
      throw new UnauthorizedException('Sign in to continue');
    }
    return true;
  }
}
