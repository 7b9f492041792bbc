import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { APP_DATABASE_ROLE } from './database-options';
import { canConnect } from './database-reachability';

/**
 * The API never connects as the owner of the schema. It logs in as `ladder_api`: no superuser,
 * no BYPASSRLS, owning nothing, able to create no role or database, and a member of `ladder_app`
 * only, whose privileges it has. Connected as it, the API can switch to no role that could lift
 * row-level security or disable the immutability triggers — `SET ROLE NONE` or `RESET ROLE` land
 * on `ladder_api` itself — so those hold even against an injected statement.
 *
 * The owner (DATABASE_URL's user, which runs the migrations) creates the login at start-up. Its
 * password is derived from SECRETS_KEY, so it needs no setting of its own and changes with the key.
 */
export const API_LOGIN_ROLE = 'ladder_api';

export function apiLoginPassword(secretsKey: Buffer): string {
  return createHmac('sha256', secretsKey).update('ladder_api PostgreSQL login').digest('base64url');
}

function withLogin(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = API_LOGIN_ROLE;
  url.password = password;
  return url.toString();
}

/** Creates (or brings up to date) the API's login, as the owner; returns the URL the API connects with. */
export async function prepareApiLogin(ownerUrl: string, secretsKey: Buffer): Promise<string> {
  const password = apiLoginPassword(secretsKey);
  const apiUrl = withLogin(ownerUrl, password);
  if (await canConnect(apiUrl)) return apiUrl;
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await owner.query(`DO $$ BEGIN
            CREATE ROLE ${API_LOGIN_ROLE} LOGIN IN ROLE ${APP_DATABASE_ROLE};
          EXCEPTION WHEN duplicate_object THEN NULL;
          END $$`);
        // The password is base64url (letters, digits, - and _): safe inside a literal.
        await owner.query(
          `ALTER ROLE ${API_LOGIN_ROLE} WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`,
        );
        await owner.query(`GRANT ${APP_DATABASE_ROLE} TO ${API_LOGIN_ROLE}`);
        return apiUrl;
      } catch (error) {
        // Several processes preparing the login at once can collide on the role's catalogue row.
        if (attempt >= 5 || !/concurrently/.test((error as Error).message)) throw error;
      }
    }
  } finally {
    await owner.end();
  }
}
