import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Attempt counters for sign-in and second-factor checks, shared by every API
 * process. `key` is `<policy>:<HMAC of the email, IP or person id>`, so the
 * table holds nothing readable about anyone; it is consulted before anyone is
 * known, so it is not under row-level security. A window starts at the first
 * attempt and lasts the policy's length; rows whose window has long passed
 * are purged.
 */
@Entity({ name: 'auth_throttle' })
@Check('CHK_auth_throttle_attempts', `"attempts" >= 0`)
export class AuthThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** Failed attempts in the window, plus any still being checked. */
  @Column({ type: 'integer' })
  attempts!: number;

  @Index('auth_throttle_window_started_at_idx')
  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;
}
