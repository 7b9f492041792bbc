import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FRAMEWORK_KEYS, type FrameworkKey } from '@ladder/competencies';
import { OBSERVATION_VARIANTS, type ObservationVariant } from '@ladder/evidence';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsIsoDate } from '../../common/dreyfus-validators';
import { OBSERVATION_SETTINGS, type ObservationSetting } from '../observation.entity';

/** Most items one observation may plan: enough for a whole NHS England area or a Wales domain. */
export const MAX_OBSERVATION_ITEMS = 100;

/** Plans an observation: a draft with its items unscored. */
export class CreateObservationDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A new UUID for each observation you plan: the same request sent again (a double click, a retry after a lost answer) answers with the observation it made instead of planning another.',
  })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a UUID' })
  idempotencyKey?: string;

  @ApiProperty({ format: 'uuid', description: 'The worker to observe (yourself, to plan your own observation).' })
  @IsUUID('all', { message: '$property must be a UUID' })
  workerId!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    example: '2026-03-02',
    description: 'The (planned) date of the observation.',
  })
  @IsIsoDate()
  observedOn!: string;

  @ApiProperty({ enum: OBSERVATION_SETTINGS, example: 'face-to-face' })
  @IsIn(OBSERVATION_SETTINGS, { message: `$property must be one of ${OBSERVATION_SETTINGS.join(', ')}` })
  setting!: ObservationSetting;

  @ApiProperty({ enum: FRAMEWORK_KEYS, example: 'somerset' })
  @IsIn(FRAMEWORK_KEYS, { message: `$property must be one of ${FRAMEWORK_KEYS.join(', ')}` })
  frameworkKey!: FrameworkKey;

  @ApiProperty({ example: '2021.1', description: 'A stored, published version of that framework (or `current`).' })
  @IsString({ message: '$property must be a framework version such as 2021.1' })
  @IsNotEmpty({ message: '$property must be a framework version such as 2021.1' })
  @MaxLength(40)
  frameworkVersion!: string;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_OBSERVATION_ITEMS,
    example: ['somerset:ac.person-centred-approach'],
    description:
      'Items of that framework version to observe, each one that can be scored: Somerset assessed competencies, NHS England competencies, Wales competence areas and statements. The community-development variant takes NHS England area 3 competencies only.',
  })
  @IsArray({ message: '$property must be an array of framework item ids' })
  @ArrayMinSize(1, { message: '$property must name at least one item to observe' })
  @ArrayMaxSize(MAX_OBSERVATION_ITEMS, { message: `$property must name at most ${MAX_OBSERVATION_ITEMS} items` })
  @IsString({ each: true, message: 'each of $property must be a framework item id' })
  @MaxLength(200, { each: true })
  itemIds!: string[];

  @ApiPropertyOptional({
    enum: OBSERVATION_VARIANTS,
    default: 'standard',
    description: 'The observation sheet: standard, or the NHS England community-development sheet.',
  })
  @IsOptional()
  @IsIn(OBSERVATION_VARIANTS, { message: `$property must be one of ${OBSERVATION_VARIANTS.join(', ')}` })
  variant?: ObservationVariant;
}
