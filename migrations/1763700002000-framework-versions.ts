import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frameworks as versioned data, and immutable reference data.
 *
 * - `framework_versions`: one row per framework version, PK (key, version), the item tree as jsonb.
 * - `frameworks`: one row per framework, pointing at its current version. The pointer lives in its own
 *   table because published versions can never be updated, so a "current" flag on them could never move.
 * - Triggers make published framework versions and every pay-scale row immutable in the database itself,
 *   whatever code (or person with psql, even the table owner) tries: UPDATE, DELETE and TRUNCATE raise.
 *   A correction is a new version or a new pay year. (The owner can still disable a trigger on purpose;
 *   the triggers guard against mistakes.)
 * - On top of that, the API's role `ladder_app` may only read and insert versions, and only read,
 *   insert and move the current-version pointer: it has no UPDATE or DELETE on the versions at all.
 */
export class FrameworkVersions1763700002000 implements MigrationInterface {
  name = 'FrameworkVersions1763700002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "framework_versions" ("key" text NOT NULL, "version" text NOT NULL, "title" text NOT NULL, "publisher" text NOT NULL, "published_on" text NOT NULL, "source" text NOT NULL, "status" text NOT NULL, "items" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, CONSTRAINT "CHK_framework_versions_status" CHECK ("status" IN ('draft', 'published')), CONSTRAINT "PK_framework_versions" PRIMARY KEY ("key", "version"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_versions" ADD CONSTRAINT "FK_framework_versions_created_by" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "frameworks" ("key" text NOT NULL, "current_version" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_frameworks" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD CONSTRAINT "FK_frameworks_current_version" FOREIGN KEY ("key", "current_version") REFERENCES "framework_versions"("key", "version") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD CONSTRAINT "FK_frameworks_updated_by" FOREIGN KEY ("updated_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "pay_scales" ADD "created_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "pay_scales" ADD CONSTRAINT "FK_pay_scales_created_by" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "ladder_refuse_published_framework_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'framework version % % is published and cannot be changed or deleted; publish a correction as a new version', OLD."key", OLD."version"
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "ladder_refuse_pay_scale_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pay year % is stored and cannot be changed or deleted; a new pay year is a new row', OLD."year"
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "ladder_refuse_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% holds immutable reference data and cannot be truncated', TG_TABLE_NAME
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "ladder_require_published_current_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM "framework_versions" v
          WHERE v."key" = NEW."key" AND v."version" = NEW."current_version" AND v."status" = 'published'
        ) THEN
          RAISE EXCEPTION 'framework version % % is not published, so it cannot be the current version', NEW."key", NEW."current_version"
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);

    await queryRunner.query(
      `CREATE TRIGGER "framework_versions_published_immutable" BEFORE UPDATE OR DELETE ON "framework_versions" FOR EACH ROW WHEN (OLD."status" = 'published') EXECUTE FUNCTION "ladder_refuse_published_framework_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "framework_versions_no_truncate" BEFORE TRUNCATE ON "framework_versions" FOR EACH STATEMENT EXECUTE FUNCTION "ladder_refuse_truncate"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "frameworks_current_is_published" BEFORE INSERT OR UPDATE ON "frameworks" FOR EACH ROW EXECUTE FUNCTION "ladder_require_published_current_version"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "pay_scales_immutable" BEFORE UPDATE OR DELETE ON "pay_scales" FOR EACH ROW EXECUTE FUNCTION "ladder_refuse_pay_scale_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "pay_scales_no_truncate" BEFORE TRUNCATE ON "pay_scales" FOR EACH STATEMENT EXECUTE FUNCTION "ladder_refuse_truncate"()`,
    );

    // Narrower than the schema's default privileges for ladder_app (which include UPDATE and DELETE).
    await queryRunner.query(`REVOKE ALL ON "framework_versions", "frameworks" FROM ladder_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "framework_versions" TO ladder_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "frameworks" TO ladder_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "pay_scales_no_truncate" ON "pay_scales"`);
    await queryRunner.query(`DROP TRIGGER "pay_scales_immutable" ON "pay_scales"`);
    await queryRunner.query(`DROP TRIGGER "frameworks_current_is_published" ON "frameworks"`);
    await queryRunner.query(`DROP TRIGGER "framework_versions_no_truncate" ON "framework_versions"`);
    await queryRunner.query(`DROP TRIGGER "framework_versions_published_immutable" ON "framework_versions"`);
    await queryRunner.query(`DROP FUNCTION "ladder_require_published_current_version"()`);
    await queryRunner.query(`DROP FUNCTION "ladder_refuse_truncate"()`);
    await queryRunner.query(`DROP FUNCTION "ladder_refuse_pay_scale_change"()`);
    await queryRunner.query(`DROP FUNCTION "ladder_refuse_published_framework_change"()`);
    await queryRunner.query(`ALTER TABLE "pay_scales" DROP CONSTRAINT "FK_pay_scales_created_by"`);
    await queryRunner.query(`ALTER TABLE "pay_scales" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "frameworks" DROP CONSTRAINT "FK_frameworks_updated_by"`);
    await queryRunner.query(`ALTER TABLE "frameworks" DROP CONSTRAINT "FK_frameworks_current_version"`);
    await queryRunner.query(`DROP TABLE "frameworks"`);
    await queryRunner.query(`ALTER TABLE "framework_versions" DROP CONSTRAINT "FK_framework_versions_created_by"`);
    await queryRunner.query(`DROP TABLE "framework_versions"`);
  }
}
