import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** One single-use recovery code, stored only as a hash (see recovery-codes.ts). Under row-level security like the person. */
@Entity({ name: 'totp_recovery_codes' })
@Index('totp_recovery_codes_person_id_code_hash_key', ['personId', 'codeHash'], { unique: true })
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_totp_recovery_codes_person' })
  person?: PersonEntity;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  /** Set when the code is spent; a spent code never works again. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
