import { Injectable } from '@nestjs/common';
import type { PayScale } from '@ladder/competencies';
import { TenantContext } from '../database/tenant-context';
import { PayScaleEntity } from './pay-scale.entity';

/**
 * The only code that reads or writes pay scales in the database. Queries run
 * in the request's transaction (one connection per request); pay scales are
 * not organisation data, so row-level security does not apply to them.
 */
@Injectable()
export class PayScaleRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get rows() {
    return this.tenant.manager().getRepository(PayScaleEntity);
  }

  async list(): Promise<PayScale[]> {
    const rows = await this.rows.find({ order: { year: 'ASC' } });
    return rows.map(toPayScale);
  }

  async findByYear(year: string): Promise<PayScale | null> {
    const row = await this.rows.findOneBy({ year });
    return row ? toPayScale(row) : null;
  }

  /**
   * Inserts a year that is not stored yet; an existing year is left exactly as it is.
   * Returns whether the row was inserted.
   */
  async insertIfAbsent(scale: PayScale, createdBy: string | null = null): Promise<boolean> {
    const result = await this.rows
      .createQueryBuilder()
      .insert()
      .values({ year: scale.year, title: scale.title, source: scale.source, bands: scale.bands, createdBy })
      .orIgnore()
      .returning(['year'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}

function toPayScale(row: PayScaleEntity): PayScale {
  return { year: row.year, title: row.title, source: row.source, bands: row.bands };
}
