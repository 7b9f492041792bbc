import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';
import { ObservationEntity } from './observation.entity';

/**
 * One planned item of an observation and its score: a whole number 0–5 (Somerset Table 2), or
 * null — not yet scored, or marked not observed. Immutable once its observation is signed off
 * (trigger `observation_items_immutable`).
 */
@Entity({ name: 'observation_items' })
@Check('CHK_observation_items_score', `"score" IS NULL OR ("score" >= 0 AND "score" <= 5)`)
@Check('CHK_observation_items_not_observed', `NOT ("not_observed" AND "score" IS NOT NULL)`)
export class ObservationItemEntity {
  @PrimaryColumn({ name: 'observation_id', type: 'uuid' })
  observationId!: string;

  @ManyToOne(() => ObservationEntity, (observation) => observation.items, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'observation_id', foreignKeyConstraintName: 'FK_observation_items_observation' })
  // Relation<>: the two entities refer to each other, so no eager design-type metadata.
  observation?: Relation<ObservationEntity>;

  /** A framework item id of the observation's framework version, e.g. `somerset:ac.self-monitoring`. */
  @PrimaryColumn({ name: 'item_id', type: 'text' })
  itemId!: string;

  /** Row-level security; always the observation's organisation (the trigger checks). */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_observation_items_organisation' })
  organisation?: OrganisationEntity;

  /** Order on the observation sheet. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  @Column({ name: 'not_observed', type: 'boolean', default: false })
  notObserved!: boolean;

  @Column({ name: 'evidence_notes', type: 'text', default: '' })
  evidenceNotes!: string;
}
