import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';

export const MAIL_KINDS = ['invitation', 'password-reset'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Mail waiting to be delivered (the transactional outbox): written in the same
 * transaction as the change that sends it, so an invitation and its email
 * stand or fall together. The API's role may only insert here — never read,
 * change or delete — because `link` holds a live one-time token; a relay with
 * its own role delivers the mail and sets `sent_at`.
 */
@Entity({ name: 'mail_outbox' })
@Check('CHK_mail_outbox_kind', `"kind" IN ('invitation', 'password-reset')`)
export class MailOutboxEntity {
  /** Increasing, so "the last email to an address" is the highest id. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** The organisation the mail is sent for; null for a platform administrator's own mail. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_mail_outbox_organisation' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'text' })
  kind!: MailKind;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  /** The one link the mail is about (absolute URL). */
  @Column({ type: 'text' })
  link!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
