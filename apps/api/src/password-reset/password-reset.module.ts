import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';
import { PeopleModule } from '../people/people.module';

/** Password reset by emailed link, under /api/auth/password-reset (kept out of AuthModule, which only signs in). */
@Module({
  imports: [PeopleModule, AuthModule, MailModule],
  controllers: [PasswordResetController],
  providers: [PasswordResetRepository, PasswordResetService],
})
export class PasswordResetModule {}
