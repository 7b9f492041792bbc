import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AUTH_KEYS, type AuthKeys } from '../src/auth/auth-keys';
import { AuthService } from '../src/auth/auth.service';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../src/config/runtime-settings';
import { cookieNames } from '../src/auth/auth-settings';
import { roleNeedsSecondFactor } from '../src/auth/second-factor-policy';
import { sealContext } from '../src/auth/second-factor.service';
import { SecretBox } from '../src/auth/secret-box';
import { base32Encode, TOTP_SECRET_BYTES } from '../src/auth/totp';
import { hashPassword } from '../src/people/password-hasher';
import type { OrganisationRole } from '../src/people/person.entity';
import { anonymousClient, type ApiClient } from './auth-helpers';
import { ownerQuery } from './test-database';
import { TEST_PASSWORD, testPasswordHash } from './test-password';

export { TEST_PASSWORD };

/**
 * Medium-test factories: each test file makes just the organisations and
 * people it needs, as the database owner (past row-level security), instead of
 * loading the demo dataset. `signedInClient` starts a session the way sign-in
 * does, but without argon2 or a second factor; specs about sign-in itself sign
 * in for real (auth-helpers.ts).
 */

export interface TestOrganisation {
  id: string;
  name: string;
  kind: string;
}

export interface TestPerson {
  id: string;
  organisationId: string | null;
  email: string;
  fullName: string;
  jobTitle: string | null;
  roles: OrganisationRole[];
  supervisionTypes: string[];
  experienceStartDate: string | null;
  employmentStartDate: string | null;
  isPlatformAdmin: boolean;
  /** The authenticator secret (base32) when the person has two-step verification on. */
  totpSecret: string | null;
}

export interface NewPersonOptions {
  roles?: OrganisationRole[];
  email?: string;
  fullName?: string;
  jobTitle?: string | null;
  supervisionTypes?: string[];
  experienceStartDate?: string | null;
  employmentStartDate?: string | null;
  active?: boolean;
  /** Null for a person who has not chosen a password yet (invited, not accepted). */
  password?: string | null;
  /** Two-step verification on; by default on exactly when the role needs it, as after a real first sign-in. */
  secondFactor?: boolean;
}

export interface NewSupervisionAssignmentOptions {
  supervisor: TestPerson;
  worker: TestPerson;
  supervisionType?: 'workplace' | 'clinical' | 'group';
  startsOn?: string;
  endsOn?: string | null;
}

export interface Factories {
  /** A fixed `id` only where a spec's table must name the organisation before beforeAll runs. */
  newOrganisation(options?: Partial<TestOrganisation>): Promise<TestOrganisation>;
  newPerson(organisation: TestOrganisation, options?: NewPersonOptions): Promise<TestPerson>;
  newPlatformAdmin(options?: Omit<NewPersonOptions, 'roles'>): Promise<TestPerson>;
  newSupervisionAssignment(options: NewSupervisionAssignmentOptions): Promise<{ id: string }>;
  signedInClient(person: TestPerson): Promise<ApiClient>;
}

let sequence = 0;
/** Unique within a run (files run in parallel, each on a database of its own, but the suffix costs nothing). */
const nextId = (): string => `${++sequence}-${randomBytes(3).toString('hex')}`;

export function testFactories(app: INestApplication, databaseUrl: string): Factories {
  const secretBox = () => new SecretBox(app.get<AuthKeys>(AUTH_KEYS).totpSecrets);

  async function insertPerson(
    organisationId: string | null,
    isPlatformAdmin: boolean,
    options: NewPersonOptions,
  ): Promise<TestPerson> {
    const n = nextId();
    const roles = options.roles ?? [];
    const hash =
      options.password === null
        ? null
        : options.password === undefined
          ? await testPasswordHash()
          : await hashPassword(options.password);
    const [{ id }] = await ownerQuery<{ id: string }>(
      databaseUrl,
      `INSERT INTO people (organisation_id, email, full_name, job_title, roles, supervision_types, is_platform_admin,
                           password_hash, experience_start_date, employment_start_date, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        organisationId,
        (options.email ?? `person-${n}@factory.ladder.test`).toLowerCase(),
        options.fullName ?? `Test Person ${n}`,
        options.jobTitle ?? null,
        roles,
        options.supervisionTypes ?? [],
        isPlatformAdmin,
        hash,
        options.experienceStartDate ?? null,
        options.employmentStartDate ?? null,
        options.active ?? true,
      ],
    );
    // Read back as stored (emails lower-cased; dates as the API writes them, YYYY-MM-DD).
    const [person] = await ownerQuery<{
      email: string;
      full_name: string;
      job_title: string | null;
      supervision_types: string[];
      experience_start_date: string | null;
      employment_start_date: string | null;
    }>(
      databaseUrl,
      `SELECT email, full_name, job_title, supervision_types,
              experience_start_date::text, employment_start_date::text
         FROM people WHERE id = $1`,
      [id],
    );
    let totpSecret: string | null = null;
    if (options.secondFactor ?? roleNeedsSecondFactor({ roles, isPlatformAdmin })) {
      const secret = randomBytes(TOTP_SECRET_BYTES);
      await ownerQuery(
        databaseUrl,
        `INSERT INTO totp_credentials (person_id, secret_ciphertext, enabled_at) VALUES ($1, $2, now())`,
        [id, secretBox().seal(secret, sealContext(id))],
      );
      totpSecret = base32Encode(secret);
    }
    return {
      id,
      organisationId,
      email: person.email,
      fullName: person.full_name,
      jobTitle: person.job_title,
      roles,
      supervisionTypes: person.supervision_types,
      experienceStartDate: person.experience_start_date,
      employmentStartDate: person.employment_start_date,
      isPlatformAdmin,
      totpSecret,
    };
  }

  return {
    async newOrganisation(options = {}) {
      const organisation = { name: options.name ?? `Test Organisation ${nextId()}`, kind: options.kind ?? 'pcn' };
      const [{ id }] = await ownerQuery<{ id: string }>(
        databaseUrl,
        `INSERT INTO organisations (id, name, kind) VALUES (coalesce($1, gen_random_uuid()), $2, $3) RETURNING id`,
        [options.id ?? null, organisation.name, organisation.kind],
      );
      return { id, ...organisation };
    },

    newPerson(organisation, options = {}) {
      return insertPerson(organisation.id, false, options);
    },

    newPlatformAdmin(options = {}) {
      return insertPerson(null, true, { ...options, roles: [] });
    },

    async newSupervisionAssignment({ supervisor, worker, supervisionType = 'workplace', startsOn, endsOn = null }) {
      const [{ id }] = await ownerQuery<{ id: string }>(
        databaseUrl,
        `INSERT INTO supervision_assignments (organisation_id, supervisor_id, worker_id, supervision_type, starts_on, ends_on)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [worker.organisationId, supervisor.id, worker.id, supervisionType, startsOn ?? '2024-01-01', endsOn],
      );
      return { id };
    },

    /** A client with a session started the way sign-in starts one (AuthService.startSession), and a CSRF token. */
    async signedInClient(person) {
      const client = await anonymousClient(app);
      const token = await app.get(AuthService).startSession(
        {
          id: person.id,
          organisationId: person.organisationId,
          passwordHash: null,
          roles: person.roles,
          isPlatformAdmin: person.isPlatformAdmin,
          active: true,
          totpEnabled: person.totpSecret !== null,
        },
        undefined,
      );
      const { session } = cookieNames(app.get<RuntimeSettings>(RUNTIME_SETTINGS).secureCookies);
      // supertest talks to the app on 127.0.0.1; the jar sends the cookie with every later request.
      client.agent.jar.setCookie(`${session}=${token}; Path=/; HttpOnly`, '127.0.0.1', '/');
      return client;
    },
  };
}
