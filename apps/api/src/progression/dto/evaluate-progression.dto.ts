import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSESSED_COMPETENCY_KEYS, CURRENT_PAY_YEAR } from '@ladder/competencies';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PolicyRefDto } from '../../policies/dto/policy-ref.dto';
import { IsAssessedCompetency, IsDreyfusScore, IsIsoDate, IsIsoDateTime } from '../../common/dreyfus-validators';

/** Most evidence items one what-if evaluation takes: bounds the work a single request can ask for. */
export const MAX_EVIDENCE_ITEMS = 500;

/** The pay year used when a request names none: the catalogue's current pay year. */
export const DEFAULT_PAY_YEAR = CURRENT_PAY_YEAR;

export const PAY_YEAR_PATTERN = /^\d{4}\/\d{2}$/;

/** One supervisor's score for one assessed competency from one observation. */
export class EvidenceItemDto {
  @ApiProperty({
    example: 'promoting-autonomy',
    description: `An assessed competency key (${ASSESSED_COMPETENCY_KEYS.join(', ')}) or its Somerset framework item id, e.g. somerset:ac.promoting-autonomy.`,
  })
  @IsAssessedCompetency()
  competency!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 5,
    example: 3,
    description: 'Dreyfus score, a whole number 0–5.',
  })
  @IsDreyfusScore()
  score!: number;

  @ApiProperty({ example: '2026-01-10', description: 'Date the practice was observed (YYYY-MM-DD).' })
  @IsIsoDate()
  observedOn!: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '2026-01-12T09:30:00Z',
    description: 'When the supervisor signed the score off (ISO datetime); null for a draft.',
  })
  @ValidateIf((item: EvidenceItemDto) => item.signedOffAt !== null || item.signedOff === true)
  @IsIsoDateTime({
    message: '$property must be an ISO datetime such as 2026-02-01T10:30:00Z (null only for a draft: signedOff false)',
  })
  signedOffAt!: string | null;

  @ApiProperty({ example: true, description: 'Whether the score is signed off; drafts never count.' })
  @IsBoolean({ message: '$property must be true or false' })
  signedOff!: boolean;

  @ApiProperty({ example: 'obs-12' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  observationId!: string;

  @ApiProperty({ example: 'sup-1', description: 'Who scored it; distinct supervisors matter under some policies.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  supervisorId!: string;
}

/** A what-if question: what would this evidence amount to, at this date, under this policy? */
export class EvaluateProgressionDto {
  @ApiProperty({ type: [EvidenceItemDto], maxItems: MAX_EVIDENCE_ITEMS })
  @IsArray({ message: '$property must be an array of evidence items' })
  @ArrayMaxSize(MAX_EVIDENCE_ITEMS, { message: `$property must have at most ${MAX_EVIDENCE_ITEMS} items` })
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemDto)
  evidence!: EvidenceItemDto[];

  @ApiProperty({ example: true, description: 'Local induction complete (Core needs it).' })
  @IsBoolean({ message: '$property must be true or false' })
  inductionComplete!: boolean;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: '2026-01-05',
    description:
      'Date of the employer’s attestation of wider responsibilities, leadership or specialisation (Level 3 needs a current one).',
  })
  @IsOptional()
  @IsIsoDate()
  attestationDate?: string | null;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: '2024-03-15',
    description: 'Date relevant experience began; sets the pay point where the level pays by experience.',
  })
  @IsOptional()
  @IsIsoDate()
  experienceStartDate?: string | null;

  @ApiProperty({ example: '2026-03-15', description: 'The date the result describes (YYYY-MM-DD).' })
  @IsIsoDate()
  asOf!: string;

  @ApiPropertyOptional({
    type: PolicyRefDto,
    description: 'A stored policy; default: the caller organisation’s adopted policy, else somerset-default v1.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyRefDto)
  policy?: PolicyRefDto;

  @ApiPropertyOptional({ example: DEFAULT_PAY_YEAR, description: `A stored pay year; default ${DEFAULT_PAY_YEAR}.` })
  @IsOptional()
  @Matches(PAY_YEAR_PATTERN, { message: '$property must be a pay year written YYYY/YY, e.g. 2020/21' })
  payYear?: string;
}
