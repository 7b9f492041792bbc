import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Second factor (authenticator-app TOTP with recovery codes) and sign-in throttling.
 *
 * - `totp_credentials`: one row per person who has set up (or is setting up) an
 *   authenticator app; secrets are AES-256-GCM sealed by the API, never readable here.
 * - `totp_recovery_codes`: single-use codes, stored as SHA-256 hashes only.
 * - Both are under row-level security through the person: a row is visible exactly
 *   when its person is (the policy asks `people`, which is itself under RLS), so
 *   there is no copied organisation id to drift.
 * - `ladder_auth_totp_enabled(uuid)`: SECURITY DEFINER, because the session guard
 *   must know whether a person has a second factor before any organisation is set.
 *   It returns one boolean, nothing secret. A new function rather than a new column
 *   on `ladder_auth_person_by_email/id`: changing their result type would mean
 *   dropping and recreating them, under the feet of other migrations that use them.
 * - `auth_throttle`: attempt counters shared by every API process; keys are HMACs,
 *   so nothing readable about anyone; not under RLS (used before anyone is known).
 */
export class SecondFactorThrottling1763700003000 implements MigrationInterface {
  name = 'SecondFactorThrottling1763700003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "totp_credentials" ("person_id" uuid NOT NULL, "secret_ciphertext" text, "enabled_at" TIMESTAMP WITH TIME ZONE, "last_used_step" integer, "pending_secret_ciphertext" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_totp_credentials_enabled" CHECK (("enabled_at" IS NULL) = ("secret_ciphertext" IS NULL)), CONSTRAINT "PK_totp_credentials" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "totp_credentials" ADD CONSTRAINT "FK_totp_credentials_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "totp_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_totp_recovery_codes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "totp_recovery_codes_person_id_code_hash_key" ON "totp_recovery_codes" ("person_id", "code_hash")`,
    );
    await queryRunner.query(
      `ALTER TABLE "totp_recovery_codes" ADD CONSTRAINT "FK_totp_recovery_codes_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_throttle" ("key" text NOT NULL, "attempts" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_auth_throttle_attempts" CHECK ("attempts" >= 0), CONSTRAINT "PK_auth_throttle" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "auth_throttle_window_started_at_idx" ON "auth_throttle" ("window_started_at")`,
    );

    await queryRunner.query(`ALTER TABLE "totp_credentials" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY totp_credentials_person ON "totp_credentials"
        USING (EXISTS (SELECT 1 FROM people p WHERE p.id = totp_credentials.person_id))
        WITH CHECK (EXISTS (SELECT 1 FROM people p WHERE p.id = totp_credentials.person_id))`);
    await queryRunner.query(`ALTER TABLE "totp_recovery_codes" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY totp_recovery_codes_person ON "totp_recovery_codes"
        USING (EXISTS (SELECT 1 FROM people p WHERE p.id = totp_recovery_codes.person_id))
        WITH CHECK (EXISTS (SELECT 1 FROM people p WHERE p.id = totp_recovery_codes.person_id))`);

    await queryRunner.query(`
      CREATE FUNCTION ladder_auth_totp_enabled(p_person_id uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM totp_credentials WHERE person_id = p_person_id AND enabled_at IS NOT NULL)
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_auth_totp_enabled(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_auth_totp_enabled(uuid) TO ladder_app`);

    // Stated, though the default privileges of the accounts migration already give the same.
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "totp_credentials", "totp_recovery_codes", "auth_throttle" TO ladder_app`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ladder_auth_totp_enabled(uuid)`);
    await queryRunner.query(`DROP TABLE "auth_throttle"`);
    await queryRunner.query(`DROP TABLE "totp_recovery_codes"`);
    await queryRunner.query(`DROP TABLE "totp_credentials"`);
  }
}
