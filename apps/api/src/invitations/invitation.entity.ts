import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * An invitation to join an organisation. The link carries a random token;
 * only its SHA-256 is stored. Pending while `accepted_at` is null and
 * `expires_at` is in the future; accepting it creates the person.
 */
@Entity({ name: 'invitations' })
@Check(
  'CHK_invitations_roles',
  `cardinality("roles") > 0 AND "roles" <@ ARRAY['link_worker', 'supervisor', 'employer_admin']::text[]`,
)
@Check('CHK_invitations_supervision_types', `"supervision_types" <@ ARRAY['workplace', 'clinical', 'group']::text[]`)
@Index('invitations_organisation_id_created_at_idx', ['organisationId', 'createdAt'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_invitations_organisation' })
  organisation?: OrganisationEntity;

  /** Stored lower-cased, like people's emails. */
  @Index('invitations_email_idx')
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ name: 'supervision_types', type: 'text', array: true, default: () => "'{}'" })
  supervisionTypes!: string[];

  @Index('invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'FK_invitations_invited_by' })
  inviter?: PersonEntity;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** The person the invitation created, once accepted. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_invitations_person' })
  person?: PersonEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
