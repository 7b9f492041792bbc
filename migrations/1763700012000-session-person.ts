import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ladder_session_person(token_hash)`: the session and what every signed-in request needs of its
 * person — roles, organisation, whether active, whether two-step verification is on — in one call
 * and one statement, and never the password hash (which only sign-in reads). It replaces
 * `ladder_session_by_token` and `ladder_auth_person_by_id` (which returned the hash), which nothing
 * calls any more.
 */
export class SessionPerson1763700012000 implements MigrationInterface {
  name = 'SessionPerson1763700012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ladder_session_person(p_token_hash text)
      RETURNS TABLE (session_id uuid, session_person_id uuid, last_seen_at timestamptz, expires_at timestamptz,
                     id uuid, organisation_id uuid, roles text[], is_platform_admin boolean, active boolean,
                     totp_enabled boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT s.id, s.person_id, s.last_seen_at, s.expires_at,
               p.id, p.organisation_id, p.roles, p.is_platform_admin, p.active,
               EXISTS (SELECT 1 FROM totp_credentials t WHERE t.person_id = p.id AND t.enabled_at IS NOT NULL)
          FROM sessions s LEFT JOIN people p ON p.id = s.person_id
         WHERE s.token_hash = p_token_hash
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_session_person(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_session_person(text) TO ladder_app`);
    await queryRunner.query(`DROP FUNCTION ladder_session_by_token(text)`);
    await queryRunner.query(`DROP FUNCTION ladder_auth_person_by_id(uuid)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ladder_auth_person_by_id(p_id uuid)
      RETURNS TABLE (id uuid, organisation_id uuid, password_hash text, roles text[], is_platform_admin boolean, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, password_hash, roles, is_platform_admin, active FROM people WHERE id = p_id
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_auth_person_by_id(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_auth_person_by_id(uuid) TO ladder_app`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_session_by_token(p_token_hash text)
      RETURNS TABLE (id uuid, person_id uuid, last_seen_at timestamptz, expires_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, person_id, last_seen_at, expires_at FROM sessions WHERE token_hash = p_token_hash
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_session_by_token(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_session_by_token(text) TO ladder_app`);
    await queryRunner.query(`DROP FUNCTION ladder_session_person(text)`);
  }
}
