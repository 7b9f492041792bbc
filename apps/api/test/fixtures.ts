import { ownerQuery } from './test-database';

/** Rows a test plants directly (as the database owner, past row-level security), usually in a second organisation. */
export async function insertOrganisation(
  databaseUrl: string,
  id: string,
  name = 'Other Council',
  kind = 'council',
): Promise<void> {
  await ownerQuery(databaseUrl, `INSERT INTO organisations (id, name, kind) VALUES ($1, $2, $3)`, [id, name, kind]);
}

export interface PlantedPerson {
  id: string;
  organisationId: string;
  email: string;
  fullName: string;
  roles: readonly string[];
  passwordHash?: string | null;
}

export async function insertPerson(databaseUrl: string, person: PlantedPerson): Promise<void> {
  await ownerQuery(
    databaseUrl,
    `INSERT INTO people (id, organisation_id, email, full_name, roles, password_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
    [person.id, person.organisationId, person.email, person.fullName, [...person.roles], person.passwordHash ?? null],
  );
}

/** The field errors of a 400 answer (none when the body has no `errors`). */
export const errorsOf = (response: { body: { errors?: string[] } }): string[] => response.body.errors ?? [];

/** Another link worker in the same organisation as `colleagueId`, with the same password. */
export async function insertLinkWorkerLike(
  databaseUrl: string,
  colleagueId: string,
  email: string,
  fullName: string,
): Promise<void> {
  await ownerQuery(
    databaseUrl,
    `INSERT INTO people (organisation_id, email, full_name, roles, password_hash)
     SELECT organisation_id, $1, $2, '{link_worker}', password_hash FROM people WHERE id = $3`,
    [email, fullName, colleagueId],
  );
}

/** A valid request to plan a Somerset observation of one competency (`POST /api/observations`). */
export function planObservationBody(workerId: string, overrides: Record<string, unknown> = {}) {
  return {
    workerId,
    observedOn: '2026-01-05',
    setting: 'face-to-face',
    frameworkKey: 'somerset',
    frameworkVersion: 'current',
    itemIds: ['somerset:ac.person-centred-approach'],
    ...overrides,
  };
}
