import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from './session-user';

export const IS_PUBLIC = 'ladder:isPublic';
export const ALLOWED_BEFORE_SECOND_FACTOR = 'ladder:allowedBeforeSecondFactor';

type RequestWithSession = Request & { sessionUser?: SessionUser; sessionId?: string };

/** A route anyone may call without signing in (published documents, health, sign-in itself). Every other route needs a session. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * A route an admin who has not yet set up the second factor their role needs
 * may use: enough to see who they are, enrol, or sign out. Every other route
 * answers such a session with 403 until enrolment is done.
 */
export const AllowedBeforeSecondFactor = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ALLOWED_BEFORE_SECOND_FACTOR, true);

/** The signed-in person (set by the session guard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SessionUser => {
  const request = context.switchToHttp().getRequest<RequestWithSession>();
  if (!request.sessionUser) throw new Error('CurrentUser used on a route without a session');
  return request.sessionUser;
});

/** The id of the session making this request (set by the session guard). */
export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<RequestWithSession>();
  if (!request.sessionId) throw new Error('CurrentSessionId used on a route without a session');
  return request.sessionId;
});
