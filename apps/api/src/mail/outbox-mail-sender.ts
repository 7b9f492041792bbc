import { Injectable, Logger } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSender, type OutgoingMail } from './mail-sender';

/**
 * Writes each mail to the `mail_outbox` table, in the caller's transaction, for
 * a relay to deliver. The log says only that a mail of a kind was queued, in
 * every mode: never the address, never the link (it holds a live token). A
 * developer reads the outbox with `npm run outbox`.
 */
@Injectable()
export class OutboxMailSender extends MailSender {
  private readonly logger = new Logger('Mail');

  constructor(private readonly outbox: MailOutboxRepository) {
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
    this.logger.log(`Queued a mail (${mail.kind}) in the outbox`);
  }
}
