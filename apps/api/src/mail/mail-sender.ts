import type { MailKind } from './mail-outbox.entity';

/** One email about one link (an invitation, a password reset). */
export interface OutgoingMail {
  kind: MailKind;
  /** The organisation it is sent for; null for a platform administrator's own mail. */
  organisationId: string | null;
  to: string;
  subject: string;
  /** Plain text, the link included. */
  text: string;
  /** The absolute link the mail is about. */
  link: string;
}

/**
 * Sends mail. Services depend on this abstraction only; Ladder binds it to
 * {@link OutboxMailSender}, which writes to the outbox in the caller's
 * transaction. Another transport (an SMTP relay, a provider's API) is one
 * provider swap in `MailModule`.
 */
export abstract class MailSender {
  abstract send(mail: OutgoingMail): Promise<void>;
}
