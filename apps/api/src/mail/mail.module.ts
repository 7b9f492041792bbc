import { Module } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSender } from './mail-sender';
import { APP_CONFIG } from '../config/runtime-settings';
import { MAIL_SETTINGS, mailSettingsFrom } from './mail-settings';
import { OutboxMailSender } from './outbox-mail-sender';
import { PublicLinks } from './public-links';

@Module({
  providers: [
    { provide: MAIL_SETTINGS, inject: [APP_CONFIG], useFactory: mailSettingsFrom },
    MailOutboxRepository,
    { provide: MailSender, useClass: OutboxMailSender },
    PublicLinks,
  ],
  exports: [MailSender, PublicLinks],
})
export class MailModule {}
