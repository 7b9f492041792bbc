import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { SessionUser } from '../access/session-user';
import { TenantContext } from './tenant-context';

const WITHOUT_TRANSACTION = 'ladder:withoutTransaction';

/** For routes that must answer even when the database cannot (health) or never touch it. */
export const WithoutTenantTransaction = (): MethodDecorator & ClassDecorator => SetMetadata(WITHOUT_TRANSACTION, true);

/** Wraps each request in a transaction scoped to the signed-in person's organisation. */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly tenant: TenantContext,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.getAllAndOverride<boolean>(WITHOUT_TRANSACTION, [context.getHandler(), context.getClass()])) {
      return next.handle();
    }
    const user = context.switchToHttp().getRequest<Request & { sessionUser?: SessionUser }>().sessionUser;
    const scope = { organisationId: user?.organisationId ?? null, platformAdmin: user?.isPlatformAdmin ?? false };
    return from(this.tenant.run(scope, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
