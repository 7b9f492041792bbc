import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

export interface TenantScope {
  organisationId: string | null;
  platformAdmin: boolean;
}

/**
 * Every request runs in one transaction whose organisation is set with
 * `set_config('app.organisation_id', …, true)` — transaction-local, so it can
 * never leak to the next user of a pooled connection. Row-level security reads
 * it. Repositories take their EntityManager from here.
 */
@Injectable()
export class TenantContext {
  private readonly storage = new AsyncLocalStorage<{ manager: EntityManager; scope: TenantScope }>();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('app.organisation_id', $1, true), set_config('app.platform_admin', $2, true)`,
        [scope.organisationId ?? '', scope.platformAdmin ? 'on' : 'off'],
      );
      return this.storage.run({ manager, scope }, work);
    });
  }

  /** The current request's transaction; outside one, a plain manager that sees no organisation's rows. */
  manager(): EntityManager {
    return this.storage.getStore()?.manager ?? this.dataSource.manager;
  }
}
