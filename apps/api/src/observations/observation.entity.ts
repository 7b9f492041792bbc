import type { FrameworkKey } from '@ladder/competencies';
import type { ObservationVariant } from '@ladder/evidence';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { ObservationAcknowledgementEntity } from './observation-acknowledgement.entity';
import { ObservationItemEntity } from './observation-item.entity';

export const OBSERVATION_SETTINGS = ['face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community'] as const;
export type ObservationSetting = (typeof OBSERVATION_SETTINGS)[number];

export const OBSERVATION_STATUSES = ['draft', 'signed-off'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/**
 * One observation of a worker's practice against items of one framework version (NHS England
 * Annex B observation sheet; Somerset Appendix 6 rubrics). A draft is planned, then scored by a
 * current supervisor (optimistic locking on `revision`), then signed off. A signed-off
 * observation never changes: the database refuses any UPDATE or DELETE of it or of its scores
 * (triggers `observations_immutable`, `observation_items_immutable`). A correction is a new,
 * signed-off observation that `amends` it.
 */
@Entity({ name: 'observations' })
@Check('CHK_observations_variant', `"variant" IN ('standard', 'community-development')`)
@Check(
  'CHK_observations_setting',
  `"setting" IN ('face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community')`,
)
@Check('CHK_observations_status', `"status" IN ('draft', 'signed-off')`)
@Check('CHK_observations_revision', `"revision" >= 1`)
@Check(
  'CHK_observations_sign_off',
  `("status" = 'draft' AND "signed_off_by" IS NULL AND "signed_off_at" IS NULL) OR ("status" = 'signed-off' AND "signed_off_by" IS NOT NULL AND "signed_off_at" IS NOT NULL AND "sign_off_key" IS NOT NULL)`,
)
@Check('CHK_observations_amendment', `("amends_id" IS NULL) = ("amendment_reason" IS NULL)`)
@Index('observations_organisation_worker_observed_idx', ['organisationId', 'workerId', 'observedOn'])
@Index('observations_amends_id_key', ['amendsId'], { unique: true, where: '"amends_id" IS NOT NULL' })
@Index('observations_sign_off_key', ['organisationId', 'signOffKey'], {
  unique: true,
  where: '"sign_off_key" IS NOT NULL',
})
@Index('observations_create_key', ['organisationId', 'createKey'], {
  unique: true,
  where: '"create_key" IS NOT NULL',
})
export class ObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_observations_organisation' })
  organisation?: OrganisationEntity;

  /** The worker observed. */
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'FK_observations_worker' })
  worker?: PersonEntity;

  /** Who planned it: a supervisor, or the worker themself. */
  @Column({ name: 'planned_by', type: 'uuid' })
  plannedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'planned_by', foreignKeyConstraintName: 'FK_observations_planned_by' })
  plannedBy?: PersonEntity;

  /** The supervisor observing; null while only the worker has planned it. */
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true })
  supervisorId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'FK_observations_supervisor' })
  supervisor?: PersonEntity | null;

  @Column({ type: 'text' })
  variant!: ObservationVariant;

  @Column({ name: 'framework_key', type: 'text' })
  frameworkKey!: FrameworkKey;

  @Column({ name: 'framework_version', type: 'text' })
  frameworkVersion!: string;

  @ManyToOne(() => FrameworkVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'framework_key',
      referencedColumnName: 'key',
      foreignKeyConstraintName: 'FK_observations_framework_version',
    },
    { name: 'framework_version', referencedColumnName: 'version' },
  ])
  framework?: FrameworkVersionEntity;

  @Column({ name: 'observed_on', type: 'date' })
  observedOn!: string;

  @Column({ type: 'text' })
  setting!: ObservationSetting;

  @Column({ type: 'text', default: 'draft' })
  status!: ObservationStatus;

  /** Goes up by one with every saved change to a draft: a save must name the revision it read. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  /** The person whose session was observed agreed to the observation. */
  @Column({ name: 'consent_confirmed', type: 'boolean', default: false })
  consentConfirmed!: boolean;

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ name: 'development_areas', type: 'text', default: '' })
  developmentAreas!: string;

  @Column({ name: 'agreed_actions', type: 'text', default: '' })
  agreedActions!: string;

  @Column({ name: 'signed_off_by', type: 'uuid', nullable: true })
  signedOffById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'signed_off_by', foreignKeyConstraintName: 'FK_observations_signed_off_by' })
  signedOffBy?: PersonEntity | null;

  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true })
  signedOffAt!: Date | null;

  /** The client's idempotency key for the sign-off (or amendment) that signed this observation off. */
  @Column({ name: 'sign_off_key', type: 'uuid', nullable: true })
  signOffKey!: string | null;

  /** The client's idempotency key for planning it (migration 1763700010000). */
  @Column({ name: 'create_key', type: 'uuid', nullable: true })
  createKey!: string | null;

  /** The signed-off observation this one corrects; at most one observation amends any other. */
  @Column({ name: 'amends_id', type: 'uuid', nullable: true })
  amendsId!: string | null;

  @ManyToOne(() => ObservationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'amends_id', foreignKeyConstraintName: 'FK_observations_amends' })
  amends?: ObservationEntity | null;

  @Column({ name: 'amendment_reason', type: 'text', nullable: true })
  amendmentReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @OneToMany(() => ObservationItemEntity, (item) => item.observation)
  items?: ObservationItemEntity[];

  @OneToOne(() => ObservationAcknowledgementEntity, (acknowledgement) => acknowledgement.observation)
  acknowledgement?: ObservationAcknowledgementEntity | null;
}
