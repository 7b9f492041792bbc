import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

// The roles belong to the access policy; re-exported for the request and view DTOs that name them.
export { ORGANISATION_ROLES, type OrganisationRole } from '../access/organisation-role';

/** A person with an account. Platform administrators have no organisation. */
@Entity({ name: 'people' })
@Index('people_organisation_id_id_idx', ['organisationId', 'id'])
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_people_organisation' })
  organisation?: OrganisationEntity | null;

  /** Stored lower-cased; unique across the deployment. */
  @Index('people_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Job title, separate from role: e.g. "Health and Wellbeing Coach". */
  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: string[];

  /** For supervisors: the kinds of supervision they give (NHSE Annex C). */
  @Column({ name: 'supervision_types', type: 'text', array: true, default: () => "'{}'" })
  supervisionTypes!: string[];

  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin!: boolean;

  /** PHC-format argon2id hash; null until the person has set a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'experience_start_date', type: 'date', nullable: true })
  experienceStartDate!: string | null;

  @Column({ name: 'employment_start_date', type: 'date', nullable: true })
  employmentStartDate!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  // Progression (migration 1763700005000), set by employer admins through the progression routes.
  // Optional here so code creating people need not mention them: they start unset (null).

  /** Date local induction was completed; Core needs it. */
  @Column({ name: 'induction_completed_on', type: 'date', nullable: true })
  inductionCompletedOn?: string | null;

  /** Date the employer attested wider responsibilities, leadership or specialisation; Level 3 needs a current one. */
  @Column({ name: 'wider_responsibilities_attested_on', type: 'date', nullable: true })
  widerResponsibilitiesAttestedOn?: string | null;
}
