import { ApiProperty } from '@nestjs/swagger';
import {
  ASSESSED_COMPETENCY_KEYS,
  SOMERSET_LEVELS,
  type AssessedCompetencyKey,
  type SomersetLevel,
} from '@ladder/competencies';
import type { LevelRef, PayBasis, PayPointRef, PaySuggestion, PolicyRef, ProgressionResult } from '@ladder/dreyfus';
import type { WorkerMilestones } from '../worker-milestone.repository';

/*
 * The progression engine's result (`ProgressionResult` in libs/dreyfus) as the API documents it.
 * Each class implements the engine's type, so the two cannot drift apart.
 */

const SCORE = { type: 'integer', minimum: 0, maximum: 5 } as const;

export class LevelRefView implements LevelRef {
  @ApiProperty({ enum: SOMERSET_LEVELS, example: 'core' })
  key!: SomersetLevel;

  @ApiProperty({ example: 'Core' })
  name!: string;
}

export class PolicyRefView implements PolicyRef {
  @ApiProperty({ example: 'somerset-default' })
  key!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  version!: number;
}

export class AttestationStateView {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  attestedOn!: string | null;

  @ApiProperty({ description: 'The attestation is within the currency window.' })
  current!: boolean;
}

/** The most recent current signed-off score for a competency. */
export class LatestScoreView {
  @ApiProperty(SCORE)
  score!: 0 | 1 | 2 | 3 | 4 | 5;

  @ApiProperty({ example: 'Competent', description: 'The Table 2 name of the score.' })
  name!: string;

  @ApiProperty({ type: String, format: 'date' })
  observedOn!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  signedOffAt!: string;

  @ApiProperty({ format: 'uuid' })
  observationId!: string;

  @ApiProperty({ format: 'uuid' })
  supervisorId!: string;
}

export class CompetencyRequirementView {
  @ApiProperty({ type: LevelRefView })
  level!: LevelRefView;

  @ApiProperty(SCORE)
  threshold!: 0 | 1 | 2 | 3 | 4 | 5;

  @ApiProperty()
  attained!: boolean;
}

export class CompetencyProgressView {
  @ApiProperty({ enum: ASSESSED_COMPETENCY_KEYS })
  key!: AssessedCompetencyKey;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: LevelRefView, description: 'The level at which Somerset first assesses the competency.' })
  assessedAt!: LevelRefView;

  @ApiProperty({ type: LatestScoreView, nullable: true })
  latest!: LatestScoreView | null;

  @ApiProperty({ description: 'Attained at 3 (Competent) under the policy’s rules.' })
  attainedAt3!: boolean;

  @ApiProperty({ description: 'Attained at 5 (Expert).' })
  attainedAt5!: boolean;

  @ApiProperty({ type: [CompetencyRequirementView], description: 'Every level whose rule names this competency.' })
  requirements!: CompetencyRequirementView[];

  @ApiProperty({ description: 'There is signed-off evidence older than the currency window.' })
  hasNonCurrentEvidence!: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastNonCurrentObservedOn!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Latest current observation awaiting sign-off.',
  })
  awaitingSignOffObservedOn!: string | null;
}

export class PayPointRefView implements PayPointRef {
  @ApiProperty({ type: 'integer', minimum: 0 })
  minYears!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  maxYears!: number | null;

  @ApiProperty({ example: '2-3', description: 'Years-of-experience column as printed.' })
  label!: string;
}

/** A suggested pay point: a suggestion only; pay is for the employer to decide. */
export class PaySuggestionView implements PaySuggestion {
  @ApiProperty({ example: '2020/21' })
  payYear!: string;

  @ApiProperty()
  payScaleTitle!: string;

  @ApiProperty({ enum: [3, 4, 5] })
  band!: 3 | 4 | 5;

  @ApiProperty({ enum: ['bottom-of-band', 'experience'] })
  basis!: PayBasis;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  experienceStartDate!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Completed years of relevant experience, when used.' })
  completedYears!: number | null;

  @ApiProperty({ type: PayPointRefView })
  point!: PayPointRefView;

  @ApiProperty({ type: 'integer' })
  annualPounds!: number;

  @ApiProperty({ type: 'integer' })
  hourlyPence!: number;

  @ApiProperty({ example: '£21,142' })
  annual!: string;

  @ApiProperty({ example: '£10.84' })
  hourly!: string;

  @ApiProperty({ type: [String], description: 'How the point was chosen, in plain words.' })
  reasoning!: string[];

  @ApiProperty()
  disclaimer!: string;
}

export class ProgressionResultView implements ProgressionResult {
  @ApiProperty({ type: String, format: 'date', description: 'The date the result describes.' })
  asOf!: string;

  @ApiProperty({ type: PolicyRefView, description: 'The policy version that produced the result.' })
  policy!: PolicyRefView;

  @ApiProperty({ type: LevelRefView })
  level!: LevelRefView;

  @ApiProperty({ type: LevelRefView, nullable: true, description: 'null at the top of the ladder.' })
  nextLevel!: LevelRefView | null;

  @ApiProperty({ type: String, format: 'date', description: 'Evidence observed on or after this date is current.' })
  currentFrom!: string;

  @ApiProperty()
  inductionComplete!: boolean;

  @ApiProperty({ type: AttestationStateView })
  attestation!: AttestationStateView;

  @ApiProperty({ type: [CompetencyProgressView], description: 'One per assessed competency, in framework order.' })
  competencies!: CompetencyProgressView[];

  @ApiProperty({ type: [String], description: 'Why the worker is at this level.' })
  reasons!: string[];

  @ApiProperty({ type: [String], description: 'What stands between the worker and the next level; empty at Level 3.' })
  gaps!: string[];

  @ApiProperty({ type: PaySuggestionView })
  pay!: PaySuggestionView;
}

export class WorkerMilestonesView implements WorkerMilestones {
  @ApiProperty({ format: 'uuid' })
  personId!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  inductionCompletedOn!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  widerResponsibilitiesAttestedOn!: string | null;
}
