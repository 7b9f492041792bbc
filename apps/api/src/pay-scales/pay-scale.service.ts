import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { BUILT_IN_PAY_SCALES, validatePayScale, type PayBand, type PayScale } from '@ladder/competencies';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { CreatePayScaleDto } from './dto/create-pay-scale.dto';
import { PayScaleRepository } from './pay-scale.repository';

@Injectable()
export class PayScaleService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly repository: PayScaleRepository,
    private readonly audit: AuditService,
  ) {}

  /** Pay scales are published documents: anyone may read them. */
  list(): Promise<PayScale[]> {
    return this.repository.list();
  }

  async get(year: string): Promise<PayScale> {
    const scale = await this.repository.findByYear(year);
    if (!scale) throw new NotFoundError(`No pay scale for pay year ${year}`);
    return scale;
  }

  /**
   * Adds a pay year. Platform administrators only. The scale must pass
   * `validatePayScale` (every problem is listed); a stored year never changes,
   * so adding one that exists is a conflict.
   */
  async create(user: SessionUser, input: CreatePayScaleDto): Promise<PayScale> {
    await this.access.require(user, 'platform.admin');
    const scale = toPayScale(input);
    const problems = validatePayScale(scale);
    if (problems.length > 0) {
      throw new InvalidInputError(
        `The pay scale is not valid: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}`,
        problems,
      );
    }
    if (!(await this.repository.insertIfAbsent(scale, user.personId))) {
      // The same pay year sent again (a retry after a lost answer) is answered with the one stored.
      const stored = await this.repository.findByYear(scale.year);
      if (stored && isDeepStrictEqual(stored, scale)) return stored;
      throw new ConflictError(
        `Pay year ${scale.year} is already stored. Stored pay years never change: a new pay year is a new entry.`,
      );
    }
    await this.audit.recordAllowed(user, 'pay-scale.create', { type: 'pay-scale', id: scale.year });
    return scale;
  }

  async storeBuiltIns(): Promise<void> {
    for (const scale of BUILT_IN_PAY_SCALES) {
      await this.repository.insertIfAbsent(scale);
    }
  }
}

/** A plain copy of the request (no class instances in the stored JSON). `validatePayScale` checks the band numbers. */
function toPayScale(input: CreatePayScaleDto): PayScale {
  return {
    year: input.year,
    title: input.title,
    source: input.source,
    bands: input.bands.map((band) => ({
      band: band.band as PayBand['band'],
      points: band.points.map((point) => ({
        minYears: point.minYears,
        maxYears: point.maxYears,
        hourlyPence: point.hourlyPence,
        annualPounds: point.annualPounds,
      })),
    })),
  };
}
