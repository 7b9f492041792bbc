import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_POLICY_TEXT,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
} from '../password-policy';

/** A password being chosen (accepting an invitation, resetting). The service checks the rest of the policy. */
export class NewPasswordDto {
  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    example: 'orbit velvet cabbage tram',
    description: PASSWORD_POLICY_TEXT,
  })
  @IsString({ message: 'password must be text' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_TOO_SHORT })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: PASSWORD_TOO_LONG })
  password!: string;
}
