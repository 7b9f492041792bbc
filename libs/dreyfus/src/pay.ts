import type { PayPoint, PayScale, SomersetLevel } from '@ladder/competencies';

import { completedYears } from './dates';
import { levelName } from './levels';
import type { LevelPayRule, PayBandNumber, PayBasis } from './policy';

/** A pay point as printed in Appendix 4. */
export interface PayPointRef {
  minYears: number;
  maxYears: number | null;
  /** Years-of-experience column as printed: "2-3", "6+". */
  label: string;
}

export interface PaySuggestion {
  /** Pay year of the table used, e.g. "2020/21". */
  payYear: string;
  payScaleTitle: string;
  band: PayBandNumber;
  basis: PayBasis;
  experienceStartDate: string | null;
  /** Completed years of relevant experience at the as-of date; null when not used or not known. */
  completedYears: number | null;
  point: PayPointRef;
  annualPounds: number;
  hourlyPence: number;
  /** e.g. "£21,142". */
  annual: string;
  /** e.g. "£10.84". */
  hourly: string;
  /** How the point was chosen, in plain words. */
  reasoning: string[];
  disclaimer: string;
}

export const PAY_DISCLAIMER =
  "This is a suggestion only, following Somerset's suggested career and remuneration structure " +
  '(Table 1); pay is for the employer to decide.';

/** The pay scale cannot answer the question asked of it (missing band or point). */
export class InvalidPayScaleError extends Error {
  override readonly name: string = 'InvalidPayScaleError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export function formatPounds(pounds: number): string {
  return `£${String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

export function formatPence(pence: number): string {
  const p = pence % 100;
  return `£${(pence - p) / 100}.${p < 10 ? '0' : ''}${p}`;
}

function pointRef(point: PayPoint): PayPointRef {
  const label = point.maxYears === null ? `${point.minYears}+` : `${point.minYears}-${point.maxYears}`;
  return { minYears: point.minYears, maxYears: point.maxYears, label };
}

function findBand(payScale: PayScale, band: PayBandNumber): { points: readonly PayPoint[]; field: string } {
  const index = payScale.bands.findIndex((b) => b.band === band);
  const found = payScale.bands[index];
  if (found === undefined || found.points.length === 0) {
    throw new InvalidPayScaleError('payScale.bands', `pay year ${payScale.year} has no points for Band ${band}`);
  }
  return { points: found.points, field: `payScale.bands[${index}].points` };
}

function bottomPoint(points: readonly PayPoint[]): PayPoint {
  let bottom = points[0] as PayPoint;
  for (const p of points) if (p.minYears < bottom.minYears) bottom = p;
  return bottom;
}

/**
 * Suggests a pay point for a level (Somerset Table 1 via the policy's pay rules). Experience is
 * counted in completed years at the as-of date; without a start date the bottom point is used.
 * Dates must already be validated.
 */
export function suggestPay(
  level: SomersetLevel,
  rule: LevelPayRule,
  payScale: PayScale,
  experienceStartDate: string | null,
  asOf: string,
): PaySuggestion {
  const { points, field } = findBand(payScale, rule.band);
  const name = levelName(level);
  const reasoning = [`${name} maps to AfC Band ${rule.band}.`];
  let point: PayPoint;
  // Shown even where the band's bottom point applies regardless, so the worker can see it was seen.
  const years = experienceStartDate === null ? null : completedYears(experienceStartDate, asOf);
  if (rule.basis === 'bottom-of-band' || years === null) {
    point = bottomPoint(points);
    reasoning.push(
      rule.basis === 'bottom-of-band'
        ? `${name} is paid at the bottom point of Band ${rule.band} whatever the experience.`
        : `No experience start date recorded, so the bottom point of Band ${rule.band} is used.`,
    );
  } else {
    const y = years;
    const match = points.find((p) => p.minYears <= y && (p.maxYears === null || y < p.maxYears));
    if (match === undefined) {
      throw new InvalidPayScaleError(field, `Band ${rule.band} has no point for ${y} completed years`);
    }
    point = match;
    if (experienceStartDate !== null && experienceStartDate > asOf) {
      reasoning.push(
        `Experience start date ${experienceStartDate} is after the as-of date ${asOf}, ` +
          'so 0 completed years are counted.',
      );
    } else {
      reasoning.push(
        `${years} completed year${years === 1 ? '' : 's'} of relevant experience ` +
          `(since ${experienceStartDate}, as of ${asOf}): the Band ${rule.band} point for ` +
          `${pointRef(point).label} years.`,
      );
    }
  }
  const annual = formatPounds(point.annualPounds);
  const hourly = formatPence(point.hourlyPence);
  reasoning.push(`${payScale.year} pay scale: ${annual} a year (${hourly} an hour).`);
  return {
    payYear: payScale.year,
    payScaleTitle: payScale.title,
    band: rule.band,
    basis: rule.basis,
    experienceStartDate,
    completedYears: years,
    point: pointRef(point),
    annualPounds: point.annualPounds,
    hourlyPence: point.hourlyPence,
    annual,
    hourly,
    reasoning,
    disclaimer: PAY_DISCLAIMER,
  };
}
