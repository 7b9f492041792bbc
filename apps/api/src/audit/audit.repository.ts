import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { AuditLogEntity } from './audit-log.entity';

export type AuditEntry = Pick<
  AuditLogEntity,
  'organisationId' | 'actorId' | 'action' | 'targetType' | 'targetId' | 'outcome' | 'detail'
>;

/**
 * A plain INSERT without RETURNING: the API's role may append entries it is not
 * allowed to read back (a platform administrator's, which belong to no organisation).
 */
async function insertEntry(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (organisation_id, actor_id, action, target_type, target_id, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.organisationId,
      entry.actorId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.outcome,
      JSON.stringify(entry.detail),
    ],
  );
}

/** The only code that writes the audit log. */
@Injectable()
export class AuditRepository {
  constructor(
    private readonly tenant: TenantContext,
    private readonly dataSource: DataSource,
  ) {}

  /** Inside the current request's transaction: the entry stands or falls with the change it records. */
  async append(entry: AuditEntry): Promise<void> {
    await insertEntry(this.tenant.manager(), entry);
  }

  /** In a transaction of its own, so the entry survives the rollback of a denied request. */
  async appendIndependently(entry: AuditEntry): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.organisation_id', $1, true)`, [entry.organisationId ?? '']);
      await insertEntry(manager, entry);
    });
  }

  listForOrganisation(organisationId: string, limit: number): Promise<AuditLogEntity[]> {
    return this.tenant
      .manager()
      .getRepository(AuditLogEntity)
      .find({ where: { organisationId }, order: { at: 'DESC', id: 'DESC' }, take: limit });
  }
}
