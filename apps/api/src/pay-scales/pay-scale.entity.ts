import type { PayBand } from '@ladder/competencies';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A published pay year's scale. Rows are never updated: a new year is a new row. */
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
}
