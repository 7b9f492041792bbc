import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * A person's authenticator-app secret. `pending_secret_ciphertext` is a secret
 * shown at set-up and not yet confirmed with a code; confirming moves it to
 * `secret_ciphertext` and stamps `enabled_at`. Secrets are AES-256-GCM sealed
 * (see SecretBox), never stored readable. Under row-level security: a person's
 * second factor is visible exactly when the person is.
 */
@Entity({ name: 'totp_credentials' })
@Check('CHK_totp_credentials_enabled', `("enabled_at" IS NULL) = ("secret_ciphertext" IS NULL)`)
export class TotpCredentialEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_totp_credentials_person' })
  person?: PersonEntity;

  @Column({ name: 'secret_ciphertext', type: 'text', nullable: true })
  secretCiphertext!: string | null;

  @Column({ name: 'enabled_at', type: 'timestamptz', nullable: true })
  enabledAt!: Date | null;

  /** The latest RFC 6238 time step accepted; a code must be for a later one (no replay). Fits an integer until the year 4000. */
  @Column({ name: 'last_used_step', type: 'integer', nullable: true })
  lastUsedStep!: number | null;

  @Column({ name: 'pending_secret_ciphertext', type: 'text', nullable: true })
  pendingSecretCiphertext!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
