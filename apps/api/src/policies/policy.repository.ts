import { Injectable } from '@nestjs/common';
import type { ProgressionPolicy } from '@ladder/dreyfus';
import { IsNull } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { OrganisationProgressionPolicyEntity } from './organisation-progression-policy.entity';
import { ProgressionPolicyEntity } from './progression-policy.entity';

/** An organisation's adoption, with the policy it points at. */
export interface StoredAdoption {
  policy: ProgressionPolicyEntity;
  adoptedAt: Date;
  adoptedBy: string | null;
}

/**
 * The only code that reads or writes attainment policies and adoptions. Queries run in the
 * request's tenant transaction: row-level security shows built-ins to everyone and an
 * organisation's own policies only to it, and every query also filters by organisation itself.
 */
@Injectable()
export class PolicyRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get policies() {
    return this.tenant.manager().getRepository(ProgressionPolicyEntity);
  }

  private get adoptions() {
    return this.tenant.manager().getRepository(OrganisationProgressionPolicyEntity);
  }

  /** Built-ins, then the organisation's own (none for a caller without one), by key and version. */
  async listVisible(organisationId: string | null): Promise<ProgressionPolicyEntity[]> {
    const builtIn = { organisationId: IsNull() };
    const rows = await this.policies.find({
      where: organisationId === null ? [builtIn] : [builtIn, { organisationId }],
      order: { key: 'ASC', version: 'ASC' },
    });
    return [...rows.filter((row) => row.organisationId === null), ...rows.filter((row) => row.organisationId !== null)];
  }

  findBuiltIn(key: string, version: number): Promise<ProgressionPolicyEntity | null> {
    return this.policies.findOneBy({ organisationId: IsNull(), key, version });
  }

  findOwn(organisationId: string, key: string, version: number): Promise<ProgressionPolicyEntity | null> {
    return this.policies.findOneBy({ organisationId, key, version });
  }

  builtInKeyExists(key: string): Promise<boolean> {
    return this.policies.existsBy({ organisationId: IsNull(), key });
  }

  /**
   * Stores a policy version unless that key and version already exist in the same scope
   * (built-ins, or the organisation). Returns the new row, or null when nothing was stored.
   */
  async insertIfAbsent(
    organisationId: string | null,
    definition: ProgressionPolicy,
    createdBy: string | null,
  ): Promise<ProgressionPolicyEntity | null> {
    const result = await this.policies
      .createQueryBuilder()
      .insert()
      .values({ organisationId, key: definition.key, version: definition.version, definition, createdBy })
      .orIgnore()
      .returning(['id'])
      .execute();
    const inserted = (result.raw as { id: string }[])[0];
    return inserted ? this.policies.findOneBy({ id: inserted.id }) : null;
  }

  /** Records the first result a policy produced; later calls change nothing. */
  async markUsed(id: string): Promise<void> {
    await this.policies
      .createQueryBuilder()
      .update()
      .set({ firstUsedAt: () => 'now()' })
      .where('id = :id AND first_used_at IS NULL', { id })
      .execute();
  }

  async findAdoption(organisationId: string): Promise<StoredAdoption | null> {
    const row = await this.adoptions.findOne({ where: { organisationId }, relations: { policy: true } });
    if (!row?.policy) return null;
    return { policy: row.policy, adoptedAt: row.adoptedAt, adoptedBy: row.adoptedBy };
  }

  /** Points the organisation's results at a policy (replacing any earlier adoption). */
  async adopt(organisationId: string, policyId: string, adoptedBy: string): Promise<void> {
    await this.adoptions
      .createQueryBuilder()
      .insert()
      .values({ organisationId, policyId, adoptedBy, adoptedAt: () => 'now()' })
      .orUpdate(['policy_id', 'adopted_by', 'adopted_at'], ['organisation_id'])
      .execute();
  }
}
