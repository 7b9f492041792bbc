import { ApiProperty } from '@nestjs/swagger';
import { IsNormalisedEmail } from './email-field';

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'sam.link@demo.ladder.test' })
  @IsNormalisedEmail()
  email!: string;
}
