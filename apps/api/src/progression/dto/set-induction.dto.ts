import { ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/dreyfus-validators';

/** Records (or, with null, clears) the date a worker completed local induction. */
export class SetInductionDto {
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '2025-10-01',
    description: 'Date local induction was completed (YYYY-MM-DD, not after today); null clears a mistaken entry.',
  })
  @ValidateIf((body: SetInductionDto) => body.completedOn !== null)
  @IsIsoDate({ message: '$property must be a real calendar date written YYYY-MM-DD, or null' })
  completedOn!: string | null;
}
