import { ApiProperty } from '@nestjs/swagger';
import { SOMERSET_LEVELS, type SomersetLevel } from '@ladder/competencies';

export const OBSERVATION_DUE = ['overdue', 'due-soon', 'ok'] as const;
export type ObservationDue = (typeof OBSERVATION_DUE)[number];

export class LevelView {
  @ApiProperty({ enum: SOMERSET_LEVELS, example: 'core' })
  key!: SomersetLevel;

  @ApiProperty({ example: 'Core' })
  name!: string;
}

/** One current supervisee, for a supervisor's caseload overview. */
export class SuperviseeOverviewView {
  @ApiProperty({ format: 'uuid' })
  workerId!: string;

  @ApiProperty({ example: 'Sam Patel' })
  fullName!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Social Prescribing Link Worker' })
  jobTitle!: string | null;

  @ApiProperty({ type: LevelView, description: 'Their level today under the organisation’s policy.' })
  level!: LevelView;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Date of their latest signed-off observation.',
  })
  lastObservedOn!: string | null;

  @ApiProperty({
    enum: OBSERVATION_DUE,
    description:
      'overdue: no signed-off observation in the last 12 months; due-soon: none in the last 6 months; ok otherwise (NHS England Annex B encourages observation every 6–12 months).',
  })
  due!: ObservationDue;
}
