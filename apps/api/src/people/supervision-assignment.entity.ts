import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';

export const SUPERVISION_TYPES = ['workplace', 'clinical', 'group'] as const;
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];

/** Which supervisor supervises which worker, how, and from when to when. */
@Entity({ name: 'supervision_assignments' })
@Check('CHK_supervision_type', `"supervision_type" IN ('workplace', 'clinical', 'group')`)
@Check('CHK_supervision_dates', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
/** Never two overlapping assignments of one supervisor, worker and type (migration 1763700007000). */
@Exclusion(
  'supervision_assignments_no_overlap',
  `USING gist ("organisation_id" WITH =, "supervisor_id" WITH =, "worker_id" WITH =, "supervision_type" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`,
)
@Index('supervision_assignments_org_supervisor_idx', ['organisationId', 'supervisorId'])
@Index('supervision_assignments_org_worker_idx', ['organisationId', 'workerId'])
export class SupervisionAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_assignments_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'FK_assignments_supervisor' })
  supervisor?: PersonEntity;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id', foreignKeyConstraintName: 'FK_assignments_worker' })
  worker?: PersonEntity;

  @Column({ name: 'supervision_type', type: 'text' })
  supervisionType!: SupervisionType;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
