import type { FrameworkKey } from '@ladder/competencies';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { FrameworkVersionEntity } from './framework-version.entity';

/**
 * One row per framework: which of its versions is current (the one new
 * evidence is recorded against). Kept apart from `framework_versions` because
 * published versions never change, so a flag on them could never move. The
 * database checks the current version exists and is published
 * (trigger `frameworks_current_is_published`).
 */
@Entity({ name: 'frameworks' })
export class FrameworkEntity {
  @PrimaryColumn({ type: 'text' })
  key!: FrameworkKey;

  @Column({ name: 'current_version', type: 'text' })
  currentVersion!: string;

  @ManyToOne(() => FrameworkVersionEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn([
    { name: 'key', referencedColumnName: 'key', foreignKeyConstraintName: 'FK_frameworks_current_version' },
    { name: 'current_version', referencedColumnName: 'version' },
  ])
  current?: FrameworkVersionEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Who last moved the pointer; null when Ladder set it at start-up. */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_frameworks_updated_by' })
  updater?: PersonEntity | null;
}
