import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MAX_OBSERVATION_ITEMS } from './create-observation.dto';
import { MAX_SUMMARY_TEXT, ObservationItemInputDto } from './observation-item-input.dto';

export const MAX_AMENDMENT_REASON = 2000;

/**
 * A correction of a signed-off observation: a new signed-off observation, starting from the
 * original's items and text with these changes applied.
 */
export class AmendObservationDto {
  @ApiProperty({
    maxLength: MAX_AMENDMENT_REASON,
    example: 'Score for Person Centred Approach entered as 2; agreed 3.',
  })
  @IsString({ message: '$property must say why the observation is amended' })
  @IsNotEmpty({ message: '$property must say why the observation is amended' })
  @Matches(/\S/, { message: '$property must say why the observation is amended' })
  @MaxLength(MAX_AMENDMENT_REASON, { message: `$property must be at most ${MAX_AMENDMENT_REASON} characters` })
  reason!: string;

  @ApiProperty({ format: 'uuid', description: 'Sending the same key again answers with the same amendment.' })
  @IsUUID('all', { message: '$property must be a UUID' })
  idempotencyKey!: string;

  @ApiPropertyOptional({
    type: [ObservationItemInputDto],
    maxItems: MAX_OBSERVATION_ITEMS,
    description: 'Changes to the original’s items; items not named keep their values.',
  })
  @IsOptional()
  @IsArray({ message: '$property must be an array of item changes' })
  @ArrayMaxSize(MAX_OBSERVATION_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ObservationItemInputDto)
  items?: ObservationItemInputDto[];

  @ApiPropertyOptional({ maxLength: MAX_SUMMARY_TEXT, description: 'Default: the original’s.' })
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_SUMMARY_TEXT, { message: `$property must be at most ${MAX_SUMMARY_TEXT} characters` })
  strengths?: string;

  @ApiPropertyOptional({ maxLength: MAX_SUMMARY_TEXT, description: 'Default: the original’s.' })
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_SUMMARY_TEXT, { message: `$property must be at most ${MAX_SUMMARY_TEXT} characters` })
  developmentAreas?: string;

  @ApiPropertyOptional({ maxLength: MAX_SUMMARY_TEXT, description: 'Default: the original’s.' })
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_SUMMARY_TEXT, { message: `$property must be at most ${MAX_SUMMARY_TEXT} characters` })
  agreedActions?: string;

  @ApiPropertyOptional({ description: 'As for a draft save: store text a 422 said may hold a patient identifier.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  confirmPossibleIdentifiers?: boolean;
}
