import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether another organisation holds a policy with this key and version — row-level security
 * rightly hides it from the API's role, so only this narrow SECURITY DEFINER function can tell,
 * and it answers yes or no, nothing of the policy. The API uses it to write a request naming
 * another organisation's policy to the audit log as a denial, while answering it exactly like a
 * policy that exists nowhere.
 */
export class PolicyHeldElsewhere1763700009000 implements MigrationInterface {
  name = 'PolicyHeldElsewhere1763700009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ladder_policy_held_elsewhere(p_key text, p_version integer)
      RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (
          SELECT 1 FROM progression_policies
           WHERE key = p_key AND version = p_version AND organisation_id IS NOT NULL
             AND organisation_id IS DISTINCT FROM ladder_current_organisation())
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_policy_held_elsewhere(text, integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_policy_held_elsewhere(text, integer) TO ladder_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ladder_policy_held_elsewhere(text, integer)`);
  }
}
