import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { ProgressionPolicyEntity } from './progression-policy.entity';

/**
 * The attainment policy an organisation's progression results use. No row: the built-in
 * `somerset-default`. A trigger (`organisation_progression_policies_adoptable`) refuses a policy
 * belonging to another organisation.
 */
@Entity({ name: 'organisation_progression_policies' })
export class OrganisationProgressionPolicyEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_organisation_policies_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'policy_id', type: 'uuid' })
  policyId!: string;

  @ManyToOne(() => ProgressionPolicyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id', foreignKeyConstraintName: 'FK_organisation_policies_policy' })
  policy?: ProgressionPolicyEntity;

  /** When the current adoption was made (each adoption replaces the last; the audit log keeps the history). */
  @Column({ name: 'adopted_at', type: 'timestamptz', default: () => 'now()' })
  adoptedAt!: Date;

  @Column({ name: 'adopted_by', type: 'uuid', nullable: true })
  adoptedBy!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'adopted_by', foreignKeyConstraintName: 'FK_organisation_policies_adopted_by' })
  adopter?: PersonEntity | null;
}
