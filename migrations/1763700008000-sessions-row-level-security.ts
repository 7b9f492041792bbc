import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sessions` comes under row-level security like every other table with an `organisation_id`.
 *
 * A session is found by its token before any organisation is known, and sessions are ended from
 * places that have no organisation in scope (sign-out, an expired or deactivated account, a
 * password reset), so the API's role keeps no privilege on the table itself: it works on
 * sessions only through the SECURITY DEFINER functions below, each doing one narrow thing. A new
 * session takes its organisation from its person's row, never from the caller. The policy is the
 * one every organisation-scoped table has, for anything that reaches the table another way.
 */
export class SessionsRowLevelSecurity1763700008000 implements MigrationInterface {
  name = 'SessionsRowLevelSecurity1763700008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY sessions_tenant ON "sessions"
        USING (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))
        WITH CHECK (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))`);
    await queryRunner.query(`REVOKE ALL ON "sessions" FROM ladder_app`);

    for (const sql of FUNCTIONS) await queryRunner.query(sql);
    for (const signature of SIGNATURES) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ladder_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of SIGNATURES) await queryRunner.query(`DROP FUNCTION ${signature}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "sessions" TO ladder_app`);
    await queryRunner.query(`DROP POLICY sessions_tenant ON "sessions"`);
    await queryRunner.query(`ALTER TABLE "sessions" DISABLE ROW LEVEL SECURITY`);
  }
}

const SIGNATURES = [
  'ladder_session_start(text, uuid, timestamptz)',
  'ladder_session_by_token(text)',
  'ladder_session_touch(uuid, timestamptz)',
  'ladder_session_end(text)',
  'ladder_sessions_end_for_person(uuid, uuid)',
  'ladder_sessions_end_expired(timestamptz)',
];

const FUNCTIONS = [
  `CREATE FUNCTION ladder_session_start(p_token_hash text, p_person_id uuid, p_expires_at timestamptz)
   RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
     INSERT INTO sessions (token_hash, person_id, organisation_id, expires_at)
     SELECT p_token_hash, p.id, p.organisation_id, p_expires_at FROM people p WHERE p.id = p_person_id
   $$`,
  `CREATE FUNCTION ladder_session_by_token(p_token_hash text)
   RETURNS TABLE (id uuid, person_id uuid, last_seen_at timestamptz, expires_at timestamptz)
   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
     SELECT id, person_id, last_seen_at, expires_at FROM sessions WHERE token_hash = p_token_hash
   $$`,
  `CREATE FUNCTION ladder_session_touch(p_id uuid, p_at timestamptz)
   RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
     UPDATE sessions SET last_seen_at = p_at WHERE id = p_id
   $$`,
  `CREATE FUNCTION ladder_session_end(p_token_hash text)
   RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
     DELETE FROM sessions WHERE token_hash = p_token_hash
   $$`,
  // Ends every session of a person, except (when given) the one in use.
  `CREATE FUNCTION ladder_sessions_end_for_person(p_person_id uuid, p_keep_session_id uuid)
   RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
     DELETE FROM sessions WHERE person_id = p_person_id AND id IS DISTINCT FROM p_keep_session_id
   $$`,
  `CREATE FUNCTION ladder_sessions_end_expired(p_now timestamptz)
   RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
     DELETE FROM sessions WHERE expires_at < p_now
   $$`,
];
