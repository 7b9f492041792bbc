import { Inject, Injectable, Logger } from '@nestjs/common';
import { MAIL_SETTINGS, type MailSettings } from './mail-settings';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSender, type OutgoingMail } from './mail-sender';

/**
 * Writes each mail to the `mail_outbox` table, in the caller's transaction, for
 * a relay to deliver. In development it also prints the mail, link and all, so
 * a developer can follow it; at `warn`, so it shows at the default LOG_LEVEL.
 * Anywhere else the log says only that a mail of a kind was queued: never the
 * address, never the link (it holds a live token).
 */
@Injectable()
export class OutboxMailSender extends MailSender {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly outbox: MailOutboxRepository,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.outbox.append({
      organisationId: mail.organisationId,
      kind: mail.kind,
      toAddress: mail.to,
      subject: mail.subject,
      bodyText: mail.text,
      link: mail.link,
    });
    if (this.settings.logFullMail) {
      this.logger.warn(`Development mail (not sent) to ${mail.to}: ${mail.subject}\n${mail.text}`);
    } else {
      this.logger.log(`Queued a mail (${mail.kind}) in the outbox`);
    }
  }
}
