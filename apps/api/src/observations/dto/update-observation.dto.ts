import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsRevision } from './is-revision';
import { IsIsoDate } from '../../common/dreyfus-validators';
import { OBSERVATION_SETTINGS, type ObservationSetting } from '../observation.entity';
import { MAX_OBSERVATION_ITEMS } from './create-observation.dto';
import { MAX_SUMMARY_TEXT, ObservationItemInputDto } from './observation-item-input.dto';

const summary = (description: string) => ({ maxLength: MAX_SUMMARY_TEXT, description });

/** A draft save (autosave): only what is given changes. */
export class UpdateObservationDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 3,
    description: 'The revision you last read; a stale one is a 409.',
  })
  @IsRevision()
  revision!: number;

  @ApiPropertyOptional({ type: [ObservationItemInputDto], maxItems: MAX_OBSERVATION_ITEMS })
  @IsOptional()
  @IsArray({ message: '$property must be an array of item changes' })
  @ArrayMaxSize(MAX_OBSERVATION_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ObservationItemInputDto)
  items?: ObservationItemInputDto[];

  @ApiPropertyOptional(summary('What went well.'))
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_SUMMARY_TEXT, { message: `$property must be at most ${MAX_SUMMARY_TEXT} characters` })
  strengths?: string;

  @ApiPropertyOptional(summary('Areas for development.'))
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_SUMMARY_TEXT, { message: `$property must be at most ${MAX_SUMMARY_TEXT} characters` })
  developmentAreas?: string;

  @ApiPropertyOptional(summary('Actions agreed with the worker.'))
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_SUMMARY_TEXT, { message: `$property must be at most ${MAX_SUMMARY_TEXT} characters` })
  agreedActions?: string;

  @ApiPropertyOptional({ description: 'The person whose session was observed agreed to the observation.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  consentConfirmed?: boolean;

  @ApiPropertyOptional({
    description:
      'Save even though the text looks like it holds a patient identifier (a 422 listed them): you have checked it is not one, or it must be there.',
  })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  confirmPossibleIdentifiers?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Move the observation to another date.' })
  @IsOptional()
  @IsIsoDate()
  observedOn?: string;

  @ApiPropertyOptional({ enum: OBSERVATION_SETTINGS })
  @IsOptional()
  @IsIn(OBSERVATION_SETTINGS, { message: `$property must be one of ${OBSERVATION_SETTINGS.join(', ')}` })
  setting?: ObservationSetting;
}
