import type { PayBand } from '@ladder/competencies';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * A published pay year's scale. Rows are never updated: a new year is a new row.
 * The database refuses UPDATE, DELETE and TRUNCATE (trigger `pay_scales_immutable`).
 */
@Entity({ name: 'pay_scales' })
export class PayScaleEntity {
  /** Pay year as printed, e.g. `2020/21`. */
  @PrimaryColumn({ type: 'text' })
  year!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'jsonb' })
  bands!: PayBand[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The platform administrator who added the year; null for the years shipped with Ladder. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_pay_scales_created_by' })
  creator?: PersonEntity | null;
}
