import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * A one-time password-reset link. Only the SHA-256 of the token is stored.
 * Usable while `used_at` is null and `expires_at` is in the future.
 */
@Entity({ name: 'password_reset_tokens' })
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('password_reset_tokens_person_id_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_password_reset_tokens_person' })
  person?: PersonEntity;

  /** The person's organisation (row-level security); null for platform administrators. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_password_reset_tokens_organisation' })
  organisation?: OrganisationEntity | null;

  @Index('password_reset_tokens_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
