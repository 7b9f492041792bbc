import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from './session-user';

export const IS_PUBLIC = 'ladder:isPublic';

/** A route anyone may call without signing in (published documents, health, sign-in itself). Every other route needs a session. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The signed-in person (set by the session guard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SessionUser => {
  const request = context.switchToHttp().getRequest<Request & { sessionUser?: SessionUser }>();
  if (!request.sessionUser) throw new Error('CurrentUser used on a route without a session');
  return request.sessionUser;
});
