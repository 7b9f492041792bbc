import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AUTH_KEYS, type AuthKeys } from './auth-keys';
import { TooManyAttemptsError } from './auth-errors';
import { ThrottleRepository } from './throttle.repository';

export interface ThrottlePolicy {
  /** Prefix of the stored key; also keeps one policy's counters apart from another's. */
  readonly name: string;
  readonly limit: number;
  readonly windowMinutes: number;
  readonly message: (wait: string) => string;
}

/** Failed sign-ins per account (by email, known or not, so throttling cannot tell which exist). */
export const SIGN_IN_PER_ACCOUNT: ThrottlePolicy = {
  name: 'sign-in-account',
  limit: 5,
  windowMinutes: 15,
  message: (wait) => `Too many sign-in attempts for this account. Try again in ${wait}.`,
};

/** A limit that slows attempts down past it instead of refusing them. */
export interface SlowDownPolicy {
  readonly name: string;
  /** Attempts in the window answered at once. */
  readonly limit: number;
  readonly windowMinutes: number;
  /** Each attempt past the limit waits this much longer than the one before… */
  readonly stepMs: number;
  /** …up to this. */
  readonly maxDelayMs: number;
}

/**
 * Failed sign-ins from one IP address, across all accounts: past 20 in 15 minutes, each attempt
 * waits 1 s more than the last, up to 10 s (Ladder's numbers). A slow-down, never a refusal: many
 * people share an address (a practice behind one router, everyone behind a proxy), and a wall
 * there would let anyone lock them all out with 20 wrong passwords. Each account has its own wall.
 */
export const SIGN_IN_PER_IP: SlowDownPolicy = {
  name: 'sign-in-ip',
  limit: 20,
  windowMinutes: 15,
  stepMs: 1000,
  maxDelayMs: 10_000,
};

/** How long the attempt numbered `attempts` in its window waits under `policy`. */
export function slowDownDelayMs(policy: SlowDownPolicy, attempts: number): number {
  return attempts <= policy.limit ? 0 : Math.min((attempts - policy.limit) * policy.stepMs, policy.maxDelayMs);
}

/** Wrong codes when turning two-step verification on or off, per person. */
export const SECOND_FACTOR_CODES: ThrottlePolicy = {
  name: 'totp-code',
  limit: 5,
  windowMinutes: 15,
  message: (wait) => `Too many wrong codes. Try again in ${wait}.`,
};

/** New set-up secrets, per person: each is cheap, but there is no reason for many. */
export const SECOND_FACTOR_SETUP: ThrottlePolicy = {
  name: 'totp-setup',
  limit: 10,
  windowMinutes: 15,
  message: (wait) => `Too many attempts to set up two-step verification. Try again in ${wait}.`,
};

/** Password-reset emails asked for one address (known or not, so it reveals nothing). */
export const PASSWORD_RESET_PER_EMAIL: ThrottlePolicy = {
  name: 'password-reset-email',
  limit: 3,
  windowMinutes: 15,
  message: (wait) => `Too many password reset requests for this email address. Try again in ${wait}.`,
};

/** Public account links (reset requests, completing a reset, accepting an invitation) from one IP address. */
export const ACCOUNT_LINKS_PER_IP: ThrottlePolicy = {
  name: 'account-links-ip',
  limit: 20,
  windowMinutes: 15,
  message: (wait) => `Too many requests from this network. Try again in ${wait}.`,
};

const LONGEST_WINDOW_SECONDS = 15 * 60;

/** "1 minute", "14 minutes": whole minutes, rounded up, so the wait is never understated. */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** A counted attempt; hand it back with {@link ThrottleService.release} if it turns out not to be a failure. */
export interface ThrottleTicket {
  readonly key: string;
}

/**
 * Attempt limits kept in PostgreSQL, so every API process shares them. An
 * attempt is counted before it is checked (and handed back if it succeeds),
 * which is what keeps a burst of parallel guesses within the limit.
 */
@Injectable()
export class ThrottleService {
  constructor(
    private readonly counters: ThrottleRepository,
    @Inject(AUTH_KEYS) private readonly keys: AuthKeys,
  ) {}

  /** Counts an attempt, or throws {@link TooManyAttemptsError} when the window is full. */
  async reserve(policy: ThrottlePolicy, subject: string): Promise<ThrottleTicket> {
    const key = this.keyFor(policy, subject);
    const wait = await this.counters.reserve(key, policy.limit, policy.windowMinutes * 60);
    if (wait !== null) throw new TooManyAttemptsError(policy.message(describeWait(wait)), wait);
    return { key };
  }

  /** Counts an attempt and, past the policy's limit, waits before answering; never refuses. */
  async slowDown(policy: SlowDownPolicy, subject: string): Promise<ThrottleTicket> {
    const key = this.keyFor(policy, subject);
    const attempts = await this.counters.count(key, policy.windowMinutes * 60);
    const delay = slowDownDelayMs(policy, attempts);
    if (delay > 0) await sleep(delay);
    return { key };
  }

  /** Several reservations, all or none: if one window is full, those already taken are handed back. */
  async reserveAll(requests: readonly (readonly [ThrottlePolicy, string])[]): Promise<ThrottleTicket[]> {
    const tickets: ThrottleTicket[] = [];
    try {
      for (const [policy, subject] of requests) tickets.push(await this.reserve(policy, subject));
      return tickets;
    } catch (error) {
      await this.release(...tickets);
      throw error;
    }
  }

  async release(...tickets: ThrottleTicket[]): Promise<void> {
    for (const ticket of tickets) await this.counters.release(ticket.key);
  }

  /** Forgets the counter: a success wipes the slate for that subject. */
  async clear(ticket: ThrottleTicket): Promise<void> {
    await this.counters.clear(ticket.key);
  }

  /** Drops counters whose window ended long ago, so the table stays small. */
  async purgeExpired(): Promise<void> {
    await this.counters.deleteWindowsOlderThan(LONGEST_WINDOW_SECONDS * 4);
  }

  /** The stored key: an HMAC, not the email or IP address itself, so the table holds nothing readable about anyone. */
  keyFor(policy: Pick<ThrottlePolicy, 'name'>, subject: string): string {
    const mac = createHmac('sha256', this.keys.throttleKeys).update(`${policy.name}\0${subject}`).digest('base64url');
    return `${policy.name}:${mac}`;
  }
}
