import { ApiProperty } from '@nestjs/swagger';
import { FRAMEWORK_KEYS, type FrameworkKey } from '@ladder/competencies';

export class PlanWorkerView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Sam Patel' })
  fullName!: string;
}

export class PlanFrameworkView {
  @ApiProperty({ enum: FRAMEWORK_KEYS, example: 'somerset' })
  key!: FrameworkKey;

  @ApiProperty({ example: '2021.1', description: 'The current version; plan the observation against it.' })
  version!: string;
}

export class KeyFeaturesView {
  @ApiProperty({ example: 'somerset:ac.person-centred-approach' })
  itemId!: string;

  @ApiProperty({ example: 'Person Centred Approach' })
  title!: string;

  @ApiProperty({ description: 'Somerset Appendix 6 “Key features”, as printed.' })
  keyFeatures!: string;

  @ApiProperty({ description: 'Somerset Appendix 6 “Interaction”, as printed.' })
  interaction!: string;
}

export class PlanGuidanceView {
  @ApiProperty({
    description: 'What will be observed and why (NHS England Annex B, quoted, and the proposed competencies).',
  })
  whatWillBeObserved!: string;

  @ApiProperty({ description: 'Somerset “The Dreyfus Scale: Scoring Instructions” and Table 2, quoted.' })
  howScoringWorks!: string;

  @ApiProperty({ description: 'Consent of the person whose session is observed, and what not to write down.' })
  consent!: string;

  @ApiProperty({ type: [KeyFeaturesView] })
  keyFeatures!: KeyFeaturesView[];
}

/** Pre-observation: what to observe next, and the guidance to read first. */
export class ObservationPlanView {
  @ApiProperty({ type: PlanWorkerView })
  worker!: PlanWorkerView;

  @ApiProperty({ type: PlanFrameworkView, description: 'The framework version the proposed item ids belong to.' })
  framework!: PlanFrameworkView;

  @ApiProperty({
    type: [String],
    example: ['somerset:ac.person-centred-approach'],
    description:
      'The Somerset assessed competencies of the worker’s current level and the next (from their progression): Entry → Person Centred Approach.',
  })
  proposedItemIds!: string[];

  @ApiProperty({ type: PlanGuidanceView })
  guidance!: PlanGuidanceView;
}
