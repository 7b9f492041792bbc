import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attainment policies as versioned data, each organisation's adopted policy, and the two
 * employer-recorded facts progression needs about a worker.
 *
 * - `progression_policies`: one row per policy version. `organisation_id` is NULL for the policies
 *   shipped with Ladder (built-ins, readable by everyone) and the employer's id for its own.
 *   `definition` is the policy as `validatePolicy` (libs/dreyfus) returned it; a CHECK ties its key
 *   and version to the row's. A policy's content never changes — a change is a new version — and
 *   the database enforces it: trigger `progression_policies_immutable` refuses every UPDATE except
 *   recording the first use (`first_used_at` NULL → a time, once), refuses DELETE once a policy has
 *   produced a result, and TRUNCATE always (even for the table owner; it can still disable the
 *   trigger on purpose). The API's role may read, insert, and update `first_used_at` only.
 * - `organisation_progression_policies`: which policy an organisation's results use (one row per
 *   organisation; no row = the built-in `somerset-default`). A trigger refuses a policy that belongs
 *   to another organisation.
 * - `people.induction_completed_on`, `people.wider_responsibilities_attested_on`: set by employer
 *   admins; Core needs local induction, Level 3 a current attestation (Somerset section 7.0).
 *
 * Both new tables are under row-level security like the other organisation-scoped tables.
 */
export class ProgressionPolicies1763700005000 implements MigrationInterface {
  name = 'ProgressionPolicies1763700005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "induction_completed_on" date`);
    await queryRunner.query(`ALTER TABLE "people" ADD "wider_responsibilities_attested_on" date`);

    await queryRunner.query(
      `CREATE TABLE "progression_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "key" text NOT NULL, "version" integer NOT NULL, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "first_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_progression_policies_version" CHECK ("version" >= 1), CONSTRAINT "CHK_progression_policies_definition" CHECK (jsonb_typeof("definition") = 'object' AND "definition"->>'key' = "key" AND "definition"->>'version' = "version"::text), CONSTRAINT "PK_progression_policies" PRIMARY KEY ("id"))`,
    );
    // Built-in keys and versions are unique among built-ins; an organisation's among its own.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "progression_policies_builtin_key" ON "progression_policies" ("key", "version") WHERE "organisation_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "progression_policies_organisation_key" ON "progression_policies" ("organisation_id", "key", "version") WHERE "organisation_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "progression_policies" ADD CONSTRAINT "FK_progression_policies_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progression_policies" ADD CONSTRAINT "FK_progression_policies_created_by" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "organisation_progression_policies" ("organisation_id" uuid NOT NULL, "policy_id" uuid NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "adopted_by" uuid, CONSTRAINT "PK_organisation_progression_policies" PRIMARY KEY ("organisation_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_progression_policies" ADD CONSTRAINT "FK_organisation_policies_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_progression_policies" ADD CONSTRAINT "FK_organisation_policies_policy" FOREIGN KEY ("policy_id") REFERENCES "progression_policies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_progression_policies" ADD CONSTRAINT "FK_organisation_policies_adopted_by" FOREIGN KEY ("adopted_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "ladder_progression_policy_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD."first_used_at" IS NOT NULL THEN
            RAISE EXCEPTION 'progression policy % version % has produced results and cannot be deleted', OLD."key", OLD."version"
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN OLD;
        END IF;
        -- The one update ever allowed: recording the first use, once, with nothing else changed.
        IF OLD."first_used_at" IS NULL AND NEW."first_used_at" IS NOT NULL
          AND (NEW."id", NEW."organisation_id", NEW."key", NEW."version", NEW."definition", NEW."created_at", NEW."created_by")
            IS NOT DISTINCT FROM (OLD."id", OLD."organisation_id", OLD."key", OLD."version", OLD."definition", OLD."created_at", OLD."created_by")
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'progression policy % version % cannot be changed; a changed policy is a new version', OLD."key", OLD."version"
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "progression_policies_immutable" BEFORE UPDATE OR DELETE ON "progression_policies" FOR EACH ROW EXECUTE FUNCTION "ladder_progression_policy_immutable"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "progression_policies_no_truncate" BEFORE TRUNCATE ON "progression_policies" FOR EACH STATEMENT EXECUTE FUNCTION "ladder_refuse_truncate"()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "ladder_require_adoptable_policy"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM "progression_policies" p
          WHERE p."id" = NEW."policy_id" AND (p."organisation_id" IS NULL OR p."organisation_id" = NEW."organisation_id")
        ) THEN
          RAISE EXCEPTION 'an organisation can adopt only a built-in policy or one of its own'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "organisation_progression_policies_adoptable" BEFORE INSERT OR UPDATE ON "organisation_progression_policies" FOR EACH ROW EXECUTE FUNCTION "ladder_require_adoptable_policy"()`,
    );

    // Row-level security: built-ins are everyone's to read and use; the rest stay in their organisation.
    await queryRunner.query(`ALTER TABLE "progression_policies" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY progression_policies_read ON "progression_policies" FOR SELECT
        USING (organisation_id IS NULL OR organisation_id = ladder_current_organisation())`);
    await queryRunner.query(`
      CREATE POLICY progression_policies_insert ON "progression_policies" FOR INSERT
        WITH CHECK (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))`);
    await queryRunner.query(`
      CREATE POLICY progression_policies_mark_used ON "progression_policies" FOR UPDATE
        USING (organisation_id IS NULL OR organisation_id = ladder_current_organisation())
        WITH CHECK (organisation_id IS NULL OR organisation_id = ladder_current_organisation())`);
    await queryRunner.query(`ALTER TABLE "organisation_progression_policies" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY organisation_progression_policies_tenant ON "organisation_progression_policies"
        USING (organisation_id = ladder_current_organisation())
        WITH CHECK (organisation_id = ladder_current_organisation())`);

    // Narrower than the schema's default privileges for ladder_app (which include UPDATE and DELETE).
    await queryRunner.query(
      `REVOKE ALL ON "progression_policies", "organisation_progression_policies" FROM ladder_app`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "progression_policies" TO ladder_app`);
    await queryRunner.query(`GRANT UPDATE ("first_used_at") ON "progression_policies" TO ladder_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "organisation_progression_policies" TO ladder_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organisation_progression_policies"`);
    await queryRunner.query(`DROP FUNCTION "ladder_require_adoptable_policy"()`);
    await queryRunner.query(`DROP TRIGGER "progression_policies_no_truncate" ON "progression_policies"`);
    await queryRunner.query(`DROP TRIGGER "progression_policies_immutable" ON "progression_policies"`);
    await queryRunner.query(`DROP TABLE "progression_policies"`);
    await queryRunner.query(`DROP FUNCTION "ladder_progression_policy_immutable"()`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "wider_responsibilities_attested_on"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "induction_completed_on"`);
  }
}
