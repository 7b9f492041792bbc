import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A one-time link that has just been used, for recognising a repeat of the request that used it
 * (a double click, a retry after a lost answer): the invitation accepted, or the reset completed,
 * in the last hour, with the password hash it set. The API answers the repeat as it answered the
 * first only when the repeat carries that same password; anyone else still gets "link invalid".
 */
export class UsedLinkRetries1763700011000 implements MigrationInterface {
  name = 'UsedLinkRetries1763700011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ladder_recently_accepted_invitation(p_token_hash text)
      RETURNS TABLE (email text, password_hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT i.email, p.password_hash
          FROM invitations i JOIN people p ON p.id = i.person_id
         WHERE i.token_hash = p_token_hash AND i.accepted_at > now() - interval '1 hour' AND p.active
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_recently_used_password_reset(p_token_hash text)
      RETURNS TABLE (password_hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT p.password_hash
          FROM password_reset_tokens t JOIN people p ON p.id = t.person_id
         WHERE t.token_hash = p_token_hash AND t.used_at > now() - interval '1 hour' AND p.active
      $$`);
    for (const signature of SIGNATURES) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ladder_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of SIGNATURES) await queryRunner.query(`DROP FUNCTION ${signature}`);
  }
}

const SIGNATURES = ['ladder_recently_accepted_invitation(text)', 'ladder_recently_used_password_reset(text)'];
