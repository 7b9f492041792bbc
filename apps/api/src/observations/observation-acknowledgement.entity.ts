import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { ObservationEntity } from './observation.entity';

/**
 * The worker's acknowledgement that they have read a signed-off observation, with an optional
 * comment. Kept apart from the observation so it never touches the scores; written once, never
 * changed (trigger `observation_acknowledgements_immutable`).
 */
@Entity({ name: 'observation_acknowledgements' })
export class ObservationAcknowledgementEntity {
  @PrimaryColumn({ name: 'observation_id', type: 'uuid' })
  observationId!: string;

  @OneToOne(() => ObservationEntity, (observation) => observation.acknowledgement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'observation_id', foreignKeyConstraintName: 'FK_observation_acknowledgements_observation' })
  // Relation<>: the two entities refer to each other, so no eager design-type metadata.
  observation?: Relation<ObservationEntity>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_observation_acknowledgements_organisation' })
  organisation?: OrganisationEntity;

  /** The worker observed (the trigger checks it is the observation's worker). */
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'FK_observation_acknowledgements_worker' })
  worker?: PersonEntity;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', default: () => 'now()' })
  acknowledgedAt!: Date;

  @Column({ type: 'text', default: '' })
  comment!: string;
}
