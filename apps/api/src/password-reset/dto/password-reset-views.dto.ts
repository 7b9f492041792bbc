import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_RESET_REQUESTED } from '../password-reset.service';

export class PasswordResetRequestedView {
  @ApiProperty({
    example: PASSWORD_RESET_REQUESTED,
    description: 'The same answer whether or not the email has an account.',
  })
  message!: string;
}

export class PasswordResetLinkView {
  @ApiProperty({ example: 'sam.link@demo.ladder.test', description: 'Whose password the link resets.' })
  email!: string;
}
