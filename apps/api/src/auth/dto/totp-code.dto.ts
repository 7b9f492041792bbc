import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { RECOVERY_CODE_PATTERN } from './login.dto';

/** `Matches` also refuses anything that is not a string, with the same message naming the field. */
export class EnableTotpDto {
  @ApiProperty({ description: 'The code the authenticator app shows for the new secret.', example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be the six digits from your authenticator app' })
  code!: string;
}

export class DisableTotpDto {
  @ApiProperty({
    description: 'A current code from the authenticator app, or an unused recovery code.',
    example: '123456',
  })
  @Matches(new RegExp(`^\\d{6}$|${RECOVERY_CODE_PATTERN.source}`, 'i'), {
    message: 'code must be the six digits from your authenticator app, or a recovery code',
  })
  code!: string;
}
