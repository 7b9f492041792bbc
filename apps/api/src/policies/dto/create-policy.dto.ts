import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ASSESSED_COMPETENCY_KEYS, SOMERSET_LEVELS } from '@ladder/competencies';
import { RUNG_LEVELS, type PayBandNumber, type PayBasis, type RungLevel } from '@ladder/dreyfus';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_DATABASE_INTEGER } from '../../common/database-integer';
import { IsDreyfusScore } from '../../common/dreyfus-validators';
import { POLICY_KEY_PATTERN } from './policy-ref.dto';

/*
 * These classes check each field's shape and type and give the API docs their schema. The
 * policy's own rules (levels in ladder order, competency keys listed once, every level paid) are
 * `validatePolicy` in libs/dreyfus, which the service runs so every problem is listed at once.
 */

const PAY_BASES: readonly PayBasis[] = ['bottom-of-band', 'experience'];
const PAY_BANDS: readonly PayBandNumber[] = [3, 4, 5];

/** What one level above Entry needs on top of every level below it. */
export class LevelRuleDto {
  @ApiProperty({ enum: RUNG_LEVELS, example: 'core', description: 'Rules are listed in ladder order.' })
  @IsIn(RUNG_LEVELS, { message: `$property must be one of ${RUNG_LEVELS.join(', ')}` })
  level!: RungLevel;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 5, example: 3 })
  @IsDreyfusScore()
  threshold!: number;

  @ApiProperty({ enum: ASSESSED_COMPETENCY_KEYS, isArray: true, example: ['person-centred-approach'] })
  @IsArray({ message: '$property must be an array of assessed competency keys' })
  @IsIn(ASSESSED_COMPETENCY_KEYS, {
    each: true,
    message: `$property must list only assessed competency keys (${ASSESSED_COMPETENCY_KEYS.join(', ')})`,
  })
  competencies!: string[];

  @ApiProperty({ example: true })
  @IsBoolean({ message: '$property must be true or false' })
  requiresInduction!: boolean;

  @ApiProperty({ example: false })
  @IsBoolean({ message: '$property must be true or false' })
  requiresAttestation!: boolean;
}

/** The Agenda for Change band and pay basis for one level. */
export class LevelPayRuleDto {
  @ApiProperty({ enum: PAY_BANDS, example: 3 })
  @IsIn(PAY_BANDS, { message: '$property must be AfC band 3, 4 or 5' })
  band!: number;

  @ApiProperty({ enum: PAY_BASES, example: 'experience' })
  @IsIn(PAY_BASES, { message: `$property must be one of ${PAY_BASES.join(', ')}` })
  basis!: string;
}

function payRuleProperty(level: (typeof SOMERSET_LEVELS)[number]): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: LevelPayRuleDto, description: `AfC band and pay basis at ${level}.` }),
    IsObject({ message: '$property must be an object { band, basis }' }),
    ValidateNested(),
    Type(() => LevelPayRuleDto),
  );
}

/** Pay rule for each level of the ladder. */
export class PayRulesDto {
  @payRuleProperty('entry')
  entry!: LevelPayRuleDto;

  @payRuleProperty('core')
  core!: LevelPayRuleDto;

  @payRuleProperty('level-1')
  'level-1'!: LevelPayRuleDto;

  @payRuleProperty('level-2')
  'level-2'!: LevelPayRuleDto;

  @payRuleProperty('level-3')
  'level-3'!: LevelPayRuleDto;
}

/** A new attainment policy version for the caller's organisation. */
export class CreatePolicyDto {
  @ApiProperty({
    example: 'mendip-two-supervisors',
    description: 'Kebab-case key. Keys of policies shipped with Ladder (e.g. somerset-default) are reserved.',
  })
  @Matches(POLICY_KEY_PATTERN, { message: '$property must be a kebab-case policy key such as mendip-local' })
  key!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: MAX_DATABASE_INTEGER,
    example: 1,
    description: 'Whole number ≥ 1, new for this key: a stored policy never changes, so a change is a new version.',
  })
  @IsInt({ message: '$property must be a whole number of at least 1' })
  @Min(1, { message: '$property must be a whole number of at least 1' })
  @Max(MAX_DATABASE_INTEGER, { message: `$property must be at most ${MAX_DATABASE_INTEGER}` })
  version!: number;

  @ApiProperty({ example: 'Mendip PCN: two supervisors for each competency' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 18,
    description: 'Evidence and attestations older than this many calendar months lapse.',
  })
  @IsInt({ message: '$property must be a whole number of months greater than 0' })
  @Min(1, { message: '$property must be a whole number of months greater than 0' })
  currencyWindowMonths!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 1,
    description: 'Distinct supervisors whose current signed-off scores must reach a threshold.',
  })
  @IsInt({ message: '$property must be a whole number of at least 1' })
  @Min(1, { message: '$property must be a whole number of at least 1' })
  minDistinctSupervisors!: number;

  @ApiProperty({
    type: [LevelRuleDto],
    description: `Exactly ${RUNG_LEVELS.length} rules, in ladder order: ${RUNG_LEVELS.join(', ')}.`,
  })
  @IsArray({ message: '$property must be an array of level rules' })
  @ValidateNested({ each: true })
  @Type(() => LevelRuleDto)
  levels!: LevelRuleDto[];

  @ApiProperty({ type: PayRulesDto })
  @IsObject({ message: '$property must be an object with a rule for each level' })
  @ValidateNested()
  @Type(() => PayRulesDto)
  pay!: PayRulesDto;
}
