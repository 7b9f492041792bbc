import type { FrameworkItem, FrameworkKey, FrameworkVersion } from '@ladder/competencies';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * One version of a competency framework. A published row is immutable: the
 * database refuses UPDATE, DELETE and TRUNCATE on it (trigger
 * `framework_versions_published_immutable`); a correction is a new version.
 */
@Entity({ name: 'framework_versions' })
@Check('CHK_framework_versions_status', `"status" IN ('draft', 'published')`)
export class FrameworkVersionEntity {
  @PrimaryColumn({ type: 'text' })
  key!: FrameworkKey;

  /** e.g. `2021.1`. */
  @PrimaryColumn({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  publisher!: string;

  /** ISO date, year-month or year, as the source gives it. */
  @Column({ name: 'published_on', type: 'text' })
  publishedOn!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  status!: FrameworkVersion['status'];

  /** The whole item tree, in document order. */
  @Column({ type: 'jsonb' })
  items!: FrameworkItem[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The platform administrator who imported it; null for the versions shipped with Ladder. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_framework_versions_created_by' })
  creator?: PersonEntity | null;
}
