import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PayScale } from '@ladder/competencies';
import { Repository } from 'typeorm';
import { PayScaleEntity } from './pay-scale.entity';

/** The only code that reads or writes pay scales in the database. */
@Injectable()
export class PayScaleRepository {
  constructor(@InjectRepository(PayScaleEntity) private readonly rows: Repository<PayScaleEntity>) {}

  async list(): Promise<PayScale[]> {
    const rows = await this.rows.find({ order: { year: 'ASC' } });
    return rows.map(toPayScale);
  }

  async findByYear(year: string): Promise<PayScale | null> {
    const row = await this.rows.findOneBy({ year });
    return row ? toPayScale(row) : null;
  }

  /** Inserts a year that is not stored yet; an existing year is left exactly as it is. */
  async insertIfAbsent(scale: PayScale): Promise<boolean> {
    const result = await this.rows
      .createQueryBuilder()
      .insert()
      .values({ year: scale.year, title: scale.title, source: scale.source, bands: scale.bands })
      .orIgnore()
      .returning(['year'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}

function toPayScale(row: PayScaleEntity): PayScale {
  return { year: row.year, title: row.title, source: row.source, bands: row.bands };
}
