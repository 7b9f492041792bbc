import type { Response } from 'supertest';
import type { ApiClient } from '../auth-helpers';
import { ACTORS, type Actor, type RecordKind, type Target, type World } from './world';

/*
 * The access-control matrix: every API route (as `METHOD /api/path/{param}`, exactly
 * as in the OpenAPI document) × every actor × whose record, with the exact status
 * each must get. The statuses here are the access rules of the accounts/access
 * issue, not whatever the code happens to answer:
 *
 * - link worker: their own records; supervisor: their current supervisees'; employer
 *   admin: the people, assignments and reports of their organisation; platform admin:
 *   organisations, framework versions and pay years, no organisation's records;
 * - a denied record outside the caller's organisation is a 404 (no existence leak),
 *   inside it a 403; not signed in is a 401, except on public routes;
 * - framework and pay-scale reads are public, their writes platform-admin only;
 * - every POST/PUT/PATCH/DELETE needs the CSRF header (each gets a case without it).
 *
 * Every request body is valid, so a refusal is about access, never validation. Where
 * the code answers differently from the rule, the case is listed in
 * KNOWN_ACCESS_DEFECTS in matrix.ts (and its test name says so) instead of being bent.
 */

export type Status = number;
/** A status for the whole route, or per target for routes that name a record. */
export type Expectation = Status | Partial<Record<Target, Status>>;

export interface CaseInput {
  world: World;
  actor: Actor;
  client: ApiClient;
  /** The record the target names (routes with a `record`). */
  recordId?: string;
}

export interface Prepared {
  /** Path parameters (a record's `{id}` unless the route sets it). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
}

export interface RouteSpec {
  /** Reachable without a session; its 404s mean "no such link", not a denial. */
  public?: boolean;
  /** The kind of record the target names; one case per target the actor has. */
  record?: RecordKind;
  /**
   * The target is not the path's `{id}` itself: `request` turns it into the body or query
   * (a worker to observe) or into the `{id}` (an observation of that worker).
   */
  recordInRequest?: boolean;
  /** Path parameters and a valid body; may do set-up (make a link token, start 2FA set-up). */
  request?: (input: CaseInput) => Prepared | Promise<Prepared>;
  /** Actors whose case runs on a new session (or a new anonymous client): the request ends or replaces it. */
  freshClient?: readonly Actor[];
  expect: Record<Actor, Expectation>;
  /** Cases beyond the actor grid. */
  variants?: readonly Variant[];
  /** Puts back what a successful case changed that later cases depend on. */
  afterSuccess?: (input: CaseInput, response: Response) => Promise<void>;
}

export interface Variant {
  actor: Actor;
  /** Completes the test name, e.g. `with a wrong password`. */
  label: string;
  expect: Status;
  request: (input: CaseInput) => Prepared | Promise<Prepared>;
  freshClient?: boolean;
}

/**
 * One API feature's rows of the matrix: `METHOD /api/path/{param}` (exactly as in the OpenAPI
 * document) → who gets which status. Each feature folder of apps/api/src has one table in
 * `routes/<feature>.routes.ts`, listed once in `routes/index.ts`.
 */
export type RouteTable = Record<string, RouteSpec>;

export const PUBLIC_READ = { public: true } as const;

/** Every actor, signed in or not, gets `status`. */
export const everyone = (status: Status): Record<Actor, Status> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<Actor, Status>;

/** Anonymous 401; every signed-in actor `status`, except as overridden. */
export const signedIn = (
  status: Status,
  overrides: Partial<Record<Actor, Expectation>> = {},
): Record<Actor, Expectation> => ({
  ...everyone(status),
  anonymous: 401,
  ...overrides,
});

/** A well-formed link token that was never issued. */
export const UNKNOWN_TOKEN = 'AccessMatrixUnknownToken0000000000000000000';
export const NEW_PASSWORD = 'orbit velvet cabbage tram';

export const recordIdOf = (input: CaseInput): string => {
  if (!input.recordId) throw new Error('This route needs a record target');
  return input.recordId;
};

/**
 * Who may see a worker's records (person, progression): the worker, their current
 * supervisors, their organisation's employer admins.
 */
export const WORKER_RECORDS_READ: Record<Actor, Expectation> = {
  anonymous: 401,
  worker: { own: 200, sameOrg: 403, otherOrg: 404 },
  supervisor: { own: 200, supervisee: 200, sameOrg: 403, otherOrg: 404 },
  otherSupervisor: { own: 200, supervisee: 200, sameOrg: 403, otherOrg: 404 },
  employerAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  // Belongs to no organisation: every person is outside it, themselves included.
  platformAdmin: { own: 404, otherOrg: 404 },
  otherOrgAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  otherOrgWorker: { own: 200, sameOrg: 403, otherOrg: 404 },
};

/** Changes to a person (details, induction, attestation): their organisation's employer admins only. */
export const PERSON_WRITE: Record<Actor, Expectation> = {
  anonymous: 401,
  worker: { own: 403, sameOrg: 403, otherOrg: 404 },
  supervisor: { own: 403, supervisee: 403, sameOrg: 403, otherOrg: 404 },
  otherSupervisor: { own: 403, supervisee: 403, sameOrg: 403, otherOrg: 404 },
  employerAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  platformAdmin: { own: 404, otherOrg: 404 },
  otherOrgAdmin: { own: 200, sameOrg: 200, otherOrg: 404 },
  otherOrgWorker: { own: 403, sameOrg: 403, otherOrg: 404 },
};

/** Routes only an organisation's employer admins may use (no record named). */
export const EMPLOYER_ADMIN_ONLY = (success: Status): Record<Actor, Expectation> =>
  signedIn(403, { employerAdmin: success, otherOrgAdmin: success });

/** Routes only the platform admin may use. */
export const PLATFORM_ADMIN_ONLY = (success: Status): Record<Actor, Expectation> =>
  signedIn(403, { platformAdmin: success });
