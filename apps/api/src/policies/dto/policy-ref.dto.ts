import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { MAX_DATABASE_INTEGER } from '../../common/database-integer';

export const POLICY_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names a stored attainment policy version: a built-in, or one of the caller's organisation's own. */
export class PolicyRefDto {
  @ApiProperty({ example: 'somerset-default' })
  @Matches(POLICY_KEY_PATTERN, { message: '$property must be a kebab-case policy key such as somerset-default' })
  key!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_DATABASE_INTEGER, example: 1 })
  @IsInt({ message: '$property must be a whole number of at least 1' })
  @Min(1, { message: '$property must be a whole number of at least 1' })
  @Max(MAX_DATABASE_INTEGER, { message: `$property must be at most ${MAX_DATABASE_INTEGER}` })
  version!: number;
}
