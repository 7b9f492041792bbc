import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditDetail = Record<string, string | number | boolean | null>;

/** One audited event. Append-only: the API's database role can insert and read, never change. */
@Entity({ name: 'audit_log' })
@Check('CHK_audit_outcome', `"outcome" IN ('allowed', 'denied')`)
@Index('audit_log_organisation_id_at_idx', ['organisationId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** e.g. `observation.sign-off`, `person.read`, `auth.login`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text' })
  outcome!: 'allowed' | 'denied';

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** Never personal free text: ids, routes, reasons. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail!: AuditDetail;
}
