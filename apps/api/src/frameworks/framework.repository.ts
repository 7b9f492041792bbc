import { Injectable } from '@nestjs/common';
import type { FrameworkKey, FrameworkVersion } from '@ladder/competencies';
import type { EntityManager } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { FrameworkVersionEntity } from './framework-version.entity';
import { FrameworkEntity } from './framework.entity';

/** A stored version without its item tree: what lists need. */
export type FrameworkVersionHeader = Omit<FrameworkVersion, 'items'>;

/**
 * What storing a new version does to its framework's current-version pointer:
 * `set` moves it to the new version, `set-if-unset` sets it only when the
 * framework has none yet, `leave` does not touch it.
 */
export type CurrentPointerChange = 'set' | 'set-if-unset' | 'leave';

/**
 * The only code that reads or writes frameworks in the database. Queries run
 * in the request's transaction (one connection per request); frameworks are
 * published documents, not organisation data, so row-level security does not
 * apply to them.
 */
@Injectable()
export class FrameworkRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get manager(): EntityManager {
    return this.tenant.manager();
  }

  /** Every stored version's metadata (no item trees). */
  async listHeaders(): Promise<FrameworkVersionHeader[]> {
    const rows = await this.manager.getRepository(FrameworkVersionEntity).find({
      select: { key: true, version: true, title: true, publisher: true, publishedOn: true, source: true, status: true },
    });
    return rows.map(toHeader);
  }

  /** The current version of each framework that has one. */
  async currentVersions(): Promise<Map<FrameworkKey, string>> {
    const rows = await this.manager.getRepository(FrameworkEntity).find();
    return new Map(rows.map((row) => [row.key, row.currentVersion]));
  }

  async currentVersionOf(key: FrameworkKey): Promise<string | null> {
    const row = await this.manager.getRepository(FrameworkEntity).findOneBy({ key });
    return row?.currentVersion ?? null;
  }

  async findVersion(key: FrameworkKey, version: string): Promise<FrameworkVersion | null> {
    const row = await this.manager.getRepository(FrameworkVersionEntity).findOneBy({ key, version });
    return row ? toFrameworkVersion(row) : null;
  }

  /** The version names stored for one framework. */
  async versionsOf(key: FrameworkKey): Promise<string[]> {
    const rows = await this.manager
      .getRepository(FrameworkVersionEntity)
      .find({ select: { version: true }, where: { key } });
    return rows.map((row) => row.version);
  }

  /**
   * Stores a version that does not exist yet and, in the same transaction,
   * applies `pointer` to its framework's current version. Returns false, and
   * changes nothing, when the key and version are already stored. Inside a
   * request this is a savepoint in the request's transaction, which rolls
   * back as a whole if the request fails.
   */
  async insertVersion(
    version: FrameworkVersion,
    createdBy: string | null,
    pointer: CurrentPointerChange,
  ): Promise<boolean> {
    return this.manager.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(FrameworkVersionEntity)
        .values({
          key: version.key,
          version: version.version,
          title: version.title,
          publisher: version.publisher,
          publishedOn: version.publishedOn,
          source: version.source,
          status: version.status,
          items: version.items,
          createdBy,
        })
        .orIgnore()
        .returning(['key'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return false;
      if (pointer === 'leave') return true;

      const upsert = manager
        .createQueryBuilder()
        .insert()
        .into(FrameworkEntity)
        .values({ key: version.key, currentVersion: version.version, updatedBy: createdBy });
      if (pointer === 'set') {
        await upsert.orUpdate(['current_version', 'updated_by', 'updated_at'], ['key']).execute();
      } else {
        await upsert.orIgnore().execute();
      }
      return true;
    });
  }
}

function toHeader(row: FrameworkVersionEntity): FrameworkVersionHeader {
  return {
    key: row.key,
    version: row.version,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.publishedOn,
    source: row.source,
    status: row.status,
  };
}

function toFrameworkVersion(row: FrameworkVersionEntity): FrameworkVersion {
  return { ...toHeader(row), items: row.items };
}
