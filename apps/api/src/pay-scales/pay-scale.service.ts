import { Injectable } from '@nestjs/common';
import { AFC_PAY_SCALE_2020_21, type PayScale } from '@ladder/competencies';
import { NotFoundError } from '../common/domain-errors';
import { PayScaleRepository } from './pay-scale.repository';

/** Pay-scale years shipped with Ladder; stored on start-up if missing. */
const BUILT_IN_PAY_SCALES: readonly PayScale[] = [AFC_PAY_SCALE_2020_21];

@Injectable()
export class PayScaleService {
  constructor(private readonly repository: PayScaleRepository) {}

  /** Pay scales are published documents: anyone may read them. */
  list(): Promise<PayScale[]> {
    return this.repository.list();
  }

  async get(year: string): Promise<PayScale> {
    const scale = await this.repository.findByYear(year);
    if (!scale) throw new NotFoundError(`No pay scale for pay year ${year}`);
    return scale;
  }

  async storeBuiltIns(): Promise<void> {
    for (const scale of BUILT_IN_PAY_SCALES) {
      await this.repository.insertIfAbsent(scale);
    }
  }
}
