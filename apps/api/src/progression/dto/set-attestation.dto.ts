import { ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/dreyfus-validators';

/** Records (or, with null, clears) the employer's attestation of wider responsibilities, leadership or specialisation. */
export class SetAttestationDto {
  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '2026-01-05',
    description:
      'Date the employer attested wider responsibilities, leadership or specialisation (YYYY-MM-DD, not after today); null clears it. It stays current for the policy’s currency window.',
  })
  @ValidateIf((body: SetAttestationDto) => body.attestedOn !== null)
  @IsIsoDate({ message: '$property must be a real calendar date written YYYY-MM-DD, or null' })
  attestedOn!: string | null;
}
