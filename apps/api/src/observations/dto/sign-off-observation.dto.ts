import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsRevision } from './is-revision';

export class SignOffObservationDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 4, description: 'The revision you are signing off.' })
  @IsRevision()
  revision!: number;

  @ApiProperty({
    format: 'uuid',
    description:
      'A UUID the client makes once per sign-off: sending it again (a retry, a double click) answers with the same signed-off observation.',
  })
  @IsUUID('all', { message: '$property must be a UUID' })
  idempotencyKey!: string;
}
