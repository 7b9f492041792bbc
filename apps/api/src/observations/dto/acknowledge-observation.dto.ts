import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export const MAX_ACKNOWLEDGEMENT_COMMENT = 2000;

export class AcknowledgeObservationDto {
  @ApiPropertyOptional({
    maxLength: MAX_ACKNOWLEDGEMENT_COMMENT,
    description: 'The worker’s comment on the observation.',
  })
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_ACKNOWLEDGEMENT_COMMENT, {
    message: `$property must be at most ${MAX_ACKNOWLEDGEMENT_COMMENT} characters`,
  })
  comment?: string;

  @ApiPropertyOptional({
    description: 'As for a draft save: store a comment a 422 said may hold a patient identifier.',
  })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  confirmPossibleIdentifiers?: boolean;
}
