import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsDreyfusScore } from '../../common/dreyfus-validators';

export const MAX_EVIDENCE_NOTES = 5000;
export const MAX_SUMMARY_TEXT = 10000;

/**
 * A change to one planned item: any of its score, not-observed mark and evidence notes (what is
 * left out stays as stored). A score is a whole number 0–5; null clears it. Marking an item not
 * observed clears its score; giving a score clears the mark.
 */
export class ObservationItemInputDto {
  @ApiProperty({
    example: 'somerset:ac.person-centred-approach',
    description: 'One of the observation’s planned items.',
  })
  @IsString({ message: '$property must be a framework item id' })
  @IsNotEmpty({ message: '$property must be a framework item id' })
  @MaxLength(200)
  itemId!: string;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 5,
    example: 3,
    description: 'Dreyfus score (Somerset Table 2): 0 Absence … 5 Expert; null: not scored.',
  })
  @ValidateIf((item: ObservationItemInputDto) => item.score !== null && item.score !== undefined)
  @IsDreyfusScore({ message: '$property must be a whole number from 0 to 5, or null' })
  score?: number | null;

  @ApiPropertyOptional({ description: 'The session gave no opportunity to show this item; it has no score.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false' })
  notObserved?: boolean;

  @ApiPropertyOptional({ maxLength: MAX_EVIDENCE_NOTES, description: 'What was seen that supports the score.' })
  @IsOptional()
  @IsString({ message: '$property must be text' })
  @MaxLength(MAX_EVIDENCE_NOTES, { message: `$property must be at most ${MAX_EVIDENCE_NOTES} characters` })
  evidenceNotes?: string;
}
