import type { ProgressionPolicy } from '@ladder/dreyfus';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One version of an attainment policy. Built-ins (shipped with Ladder) have no organisation;
 * an employer's own belong to it. The content never changes — the database refuses every UPDATE
 * except recording the first use, and refuses DELETE once the policy has produced a result
 * (trigger `progression_policies_immutable`); a changed policy is a new version.
 */
@Entity({ name: 'progression_policies' })
@Check('CHK_progression_policies_version', `"version" >= 1`)
@Check(
  'CHK_progression_policies_definition',
  `jsonb_typeof("definition") = 'object' AND "definition"->>'key' = "key" AND "definition"->>'version' = "version"::text`,
)
@Index('progression_policies_builtin_key', ['key', 'version'], { unique: true, where: '"organisation_id" IS NULL' })
@Index('progression_policies_organisation_key', ['organisationId', 'key', 'version'], {
  unique: true,
  where: '"organisation_id" IS NOT NULL',
})
export class ProgressionPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a built-in policy. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_progression_policies_organisation' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** The policy exactly as `validatePolicy` returned it. */
  @Column({ type: 'jsonb' })
  definition!: ProgressionPolicy;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The employer admin who added it; null for built-ins. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_progression_policies_created_by' })
  creator?: PersonEntity | null;

  /** When the policy first produced a progression result; from then on it cannot be deleted. */
  @Column({ name: 'first_used_at', type: 'timestamptz', nullable: true })
  firstUsedAt!: Date | null;
}
