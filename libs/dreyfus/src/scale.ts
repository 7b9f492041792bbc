import type { DreyfusScore } from '@ladder/competencies';

import { InvalidInputError, describeValue } from './errors';

/** One point of the Dreyfus scale, as printed in Somerset Table 2. */
export interface DreyfusScalePoint {
  score: DreyfusScore;
  /** The "Competence" column, e.g. "Advanced Beginner". */
  name: string;
  /** The "Skill descriptor" column, verbatim. */
  descriptor: string;
}

const TABLE_2: DreyfusScalePoint[] = [
  { score: 0, name: 'Absence', descriptor: 'Absence of and/ or highly inappropriate performance of skill' },
  { score: 1, name: 'Novice', descriptor: 'Minimal use of skill and /or inappropriate performance' },
  {
    score: 2,
    name: 'Advanced Beginner',
    descriptor: 'Evidence of some competence, with numerous problems or inconsistencies.',
  },
  {
    score: 3,
    name: 'Competent',
    descriptor: 'Competent, good skills with some minor problems or inconsistencies',
  },
  { score: 4, name: 'Proficient', descriptor: 'Very good skills, with minimal problems or inconsistencies' },
  { score: 5, name: 'Expert', descriptor: 'Excellent skills, no problems or inconsistencies.' },
];

/** Somerset Table 2: Competency scoring system. Index = score. */
export const DREYFUS_SCALE: readonly Readonly<DreyfusScalePoint>[] = Object.freeze(
  TABLE_2.map((point) => Object.freeze(point)),
);

/** A score that is not a whole number from 0 to 5. */
export class InvalidScoreError extends InvalidInputError {
  override readonly name: string = 'InvalidScoreError';

  constructor(
    readonly value: unknown,
    field = 'score',
  ) {
    super(
      field,
      `${describeValue(value)} is not a valid Dreyfus score; expected a whole number from 0 (Absence) ` +
        'to 5 (Expert)',
    );
  }
}

export function isDreyfusScore(value: unknown): value is DreyfusScore {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}

/**
 * Accepts only whole-number scores 0–5. Numeric strings such as '3' are rejected on purpose:
 * a score arriving as text means something upstream skipped validation.
 */
export function parseDreyfusScore(value: unknown, field = 'score'): DreyfusScore {
  if (!isDreyfusScore(value)) throw new InvalidScoreError(value, field);
  // Normalise -0 (an integer in JS) to 0 so results serialise predictably.
  return (value === 0 ? 0 : value) as DreyfusScore;
}

/** The Table 2 name of a score, e.g. 2 → "Advanced Beginner". */
export function dreyfusName(score: DreyfusScore): string {
  return scalePoint(score).name;
}

/** The Table 2 skill descriptor of a score. */
export function dreyfusDescriptor(score: DreyfusScore): string {
  return scalePoint(score).descriptor;
}

/** The score as shown to people, e.g. "3 (Competent)". */
export function formatDreyfusScore(score: DreyfusScore): string {
  return `${score} (${scalePoint(score).name})`;
}

function scalePoint(score: DreyfusScore): DreyfusScalePoint {
  const point = DREYFUS_SCALE[score];
  if (point === undefined || !isDreyfusScore(score)) throw new InvalidScoreError(score);
  return point;
}
