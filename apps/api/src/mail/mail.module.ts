import { Module } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSender } from './mail-sender';
import { MAIL_SETTINGS, mailSettingsFromEnvironment } from './mail-settings';
import { OutboxMailSender } from './outbox-mail-sender';
import { PublicLinks } from './public-links';

@Module({
  providers: [
    { provide: MAIL_SETTINGS, useFactory: () => mailSettingsFromEnvironment() },
    MailOutboxRepository,
    { provide: MailSender, useClass: OutboxMailSender },
    PublicLinks,
  ],
  exports: [MailSender, PublicLinks],
})
export class MailModule {}
