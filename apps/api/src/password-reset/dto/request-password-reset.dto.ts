import { ApiProperty } from '@nestjs/swagger';
import { IsNormalisedEmail } from '../../people/dto/email-field';

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'sam.link@demo.ladder.test' })
  @IsNormalisedEmail()
  email!: string;
}
