import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Observations of practice (NHS England Annex B observation sheets; Somerset Appendix 6 rubrics).
 *
 * - `observations`: one row per observation, planned as a draft against one framework version
 *   (foreign key to `framework_versions`), scored by a current supervisor, then signed off.
 *   `revision` is the optimistic lock for draft saves. `sign_off_key` is the client's idempotency
 *   key for the sign-off, unique per organisation. An amendment is a new row whose `amends_id`
 *   names the signed-off observation it corrects; the partial unique index on `amends_id` keeps
 *   each amendment chain a single line.
 * - `observation_items`: the planned items of an observation with their scores (0–5, or null:
 *   not yet scored or not observed) and evidence notes.
 * - `observation_acknowledgements`: the worker's acknowledgement and comment, kept apart from the
 *   observation so it never touches scores.
 *
 * Immutability is the database's job, not only the API's:
 * - trigger `observations_immutable` refuses any UPDATE or DELETE of a signed-off observation
 *   (even by the table owner; a superuser can disable the trigger on purpose), and on a draft
 *   refuses changing who and what it is about. An observation is inserted as a draft; it becomes
 *   signed off only by an UPDATE that names the signer, the time and the key, and only when it has
 *   items and each is scored or marked not observed. An amendment may only amend a signed-off
 *   observation of the same organisation and worker.
 * - trigger `observation_items_immutable` refuses INSERT, UPDATE and DELETE of the items of a
 *   signed-off observation, and items whose organisation is not their observation's. It locks the
 *   observation row (FOR SHARE), so a sign-off waits for a concurrent score change and then checks
 *   completeness against it.
 * - trigger `observation_acknowledgements_immutable` accepts an acknowledgement only of a
 *   signed-off observation, by its worker, in its organisation, and refuses UPDATE and DELETE.
 * - TRUNCATE is refused on all three.
 *
 * All three tables are under row-level security like the other organisation-scoped tables. The
 * API's role may read and insert all three, update observations and items (the triggers decide
 * what), and delete nothing.
 */
export class Observations1763700006000 implements MigrationInterface {
  name = 'Observations1763700006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "observations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "planned_by" uuid NOT NULL, "supervisor_id" uuid, "variant" text NOT NULL, "framework_key" text NOT NULL, "framework_version" text NOT NULL, "observed_on" date NOT NULL, "setting" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT 1, "consent_confirmed" boolean NOT NULL DEFAULT false, "strengths" text NOT NULL DEFAULT '', "development_areas" text NOT NULL DEFAULT '', "agreed_actions" text NOT NULL DEFAULT '', "signed_off_by" uuid, "signed_off_at" TIMESTAMP WITH TIME ZONE, "sign_off_key" uuid, "amends_id" uuid, "amendment_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "CHK_observations_variant" CHECK ("variant" IN ('standard', 'community-development')), ` +
        `CONSTRAINT "CHK_observations_setting" CHECK ("setting" IN ('face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community')), ` +
        `CONSTRAINT "CHK_observations_status" CHECK ("status" IN ('draft', 'signed-off')), ` +
        `CONSTRAINT "CHK_observations_revision" CHECK ("revision" >= 1), ` +
        `CONSTRAINT "CHK_observations_sign_off" CHECK (("status" = 'draft' AND "signed_off_by" IS NULL AND "signed_off_at" IS NULL) OR ("status" = 'signed-off' AND "signed_off_by" IS NOT NULL AND "signed_off_at" IS NOT NULL AND "sign_off_key" IS NOT NULL)), ` +
        `CONSTRAINT "CHK_observations_amendment" CHECK (("amends_id" IS NULL) = ("amendment_reason" IS NULL)), ` +
        `CONSTRAINT "PK_observations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "observations_organisation_worker_observed_idx" ON "observations" ("organisation_id", "worker_id", "observed_on")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "observations_amends_id_key" ON "observations" ("amends_id") WHERE "amends_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "observations_sign_off_key" ON "observations" ("organisation_id", "sign_off_key") WHERE "sign_off_key" IS NOT NULL`,
    );
    for (const [name, column, target] of [
      ['FK_observations_organisation', 'organisation_id', `"organisations"("id")`],
      ['FK_observations_worker', 'worker_id', `"people"("id")`],
      ['FK_observations_planned_by', 'planned_by', `"people"("id")`],
      ['FK_observations_supervisor', 'supervisor_id', `"people"("id")`],
      ['FK_observations_signed_off_by', 'signed_off_by', `"people"("id")`],
      ['FK_observations_amends', 'amends_id', `"observations"("id")`],
    ]) {
      await queryRunner.query(
        `ALTER TABLE "observations" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES ${target} ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "observations" ADD CONSTRAINT "FK_observations_framework_version" FOREIGN KEY ("framework_key", "framework_version") REFERENCES "framework_versions"("key","version") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "observation_items" ("observation_id" uuid NOT NULL, "item_id" text NOT NULL, "organisation_id" uuid NOT NULL, "position" integer NOT NULL, "score" smallint, "not_observed" boolean NOT NULL DEFAULT false, "evidence_notes" text NOT NULL DEFAULT '', ` +
        `CONSTRAINT "CHK_observation_items_score" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 5)), ` +
        `CONSTRAINT "CHK_observation_items_not_observed" CHECK (NOT ("not_observed" AND "score" IS NOT NULL)), ` +
        `CONSTRAINT "PK_observation_items" PRIMARY KEY ("observation_id", "item_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "observation_items" ADD CONSTRAINT "FK_observation_items_observation" FOREIGN KEY ("observation_id") REFERENCES "observations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "observation_items" ADD CONSTRAINT "FK_observation_items_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "observation_acknowledgements" ("observation_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comment" text NOT NULL DEFAULT '', CONSTRAINT "PK_observation_acknowledgements" PRIMARY KEY ("observation_id"))`,
    );
    for (const [name, column, target] of [
      ['FK_observation_acknowledgements_observation', 'observation_id', `"observations"("id")`],
      ['FK_observation_acknowledgements_organisation', 'organisation_id', `"organisations"("id")`],
      ['FK_observation_acknowledgements_worker', 'worker_id', `"people"("id")`],
    ]) {
      await queryRunner.query(
        `ALTER TABLE "observation_acknowledgements" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES ${target} ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }

    await queryRunner.query(`
      CREATE FUNCTION "ladder_observation_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW."status" <> 'draft' THEN
            RAISE EXCEPTION 'an observation is recorded as a draft and then signed off'
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          IF NEW."amends_id" IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM "observations" o
            WHERE o."id" = NEW."amends_id" AND o."status" = 'signed-off'
              AND o."organisation_id" = NEW."organisation_id" AND o."worker_id" = NEW."worker_id"
          ) THEN
            RAISE EXCEPTION 'an amendment must amend a signed-off observation of the same worker'
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END IF;
        IF OLD."status" = 'signed-off' THEN
          RAISE EXCEPTION 'observation % is signed off and cannot be changed or deleted; record an amendment instead', OLD."id"
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF (NEW."id", NEW."organisation_id", NEW."worker_id", NEW."planned_by", NEW."variant", NEW."framework_key", NEW."framework_version", NEW."amends_id", NEW."created_at")
          IS DISTINCT FROM (OLD."id", OLD."organisation_id", OLD."worker_id", OLD."planned_by", OLD."variant", OLD."framework_key", OLD."framework_version", OLD."amends_id", OLD."created_at")
        THEN
          RAISE EXCEPTION 'observation %: who and what an observation is about cannot change', OLD."id"
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW."status" = 'signed-off' AND (
          NOT EXISTS (SELECT 1 FROM "observation_items" i WHERE i."observation_id" = NEW."id")
          OR EXISTS (
            SELECT 1 FROM "observation_items" i
            WHERE i."observation_id" = NEW."id" AND i."score" IS NULL AND NOT i."not_observed"
          )
        ) THEN
          RAISE EXCEPTION 'observation % cannot be signed off until every item is scored or marked not observed', OLD."id"
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "observations_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "observations" FOR EACH ROW EXECUTE FUNCTION "ladder_observation_immutable"()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "ladder_observation_item_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent record;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          SELECT o."status" INTO parent FROM "observations" o WHERE o."id" = OLD."observation_id" FOR SHARE;
          IF parent."status" = 'signed-off' THEN
            RAISE EXCEPTION 'the scores of signed-off observation % cannot be changed or deleted; record an amendment instead', OLD."observation_id"
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        SELECT o."status", o."organisation_id" INTO parent FROM "observations" o WHERE o."id" = NEW."observation_id" FOR SHARE;
        IF parent."status" = 'signed-off' THEN
          RAISE EXCEPTION 'the scores of signed-off observation % cannot be changed; record an amendment instead', NEW."observation_id"
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF parent."organisation_id" IS DISTINCT FROM NEW."organisation_id" THEN
          RAISE EXCEPTION 'an observation item belongs to its observation''s organisation'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "observation_items_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "observation_items" FOR EACH ROW EXECUTE FUNCTION "ladder_observation_item_immutable"()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "ladder_observation_acknowledgement_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'an acknowledgement of an observation cannot be changed or deleted'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NOT EXISTS (
          SELECT 1 FROM "observations" o
          WHERE o."id" = NEW."observation_id" AND o."status" = 'signed-off'
            AND o."organisation_id" = NEW."organisation_id" AND o."worker_id" = NEW."worker_id"
        ) THEN
          RAISE EXCEPTION 'only the worker can acknowledge, and only a signed-off observation'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "observation_acknowledgements_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "observation_acknowledgements" FOR EACH ROW EXECUTE FUNCTION "ladder_observation_acknowledgement_immutable"()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "ladder_refuse_observation_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% holds signed-off observation records and cannot be truncated', TG_TABLE_NAME
          USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    for (const table of ['observations', 'observation_items', 'observation_acknowledgements']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "ladder_refuse_observation_truncate"()`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY ${table}_tenant ON "${table}"
          USING (organisation_id = ladder_current_organisation())
          WITH CHECK (organisation_id = ladder_current_organisation())`);
    }

    // Narrower than the schema's default privileges for ladder_app (which include DELETE).
    await queryRunner.query(
      `REVOKE ALL ON "observations", "observation_items", "observation_acknowledgements" FROM ladder_app`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "observations", "observation_items" TO ladder_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "observation_acknowledgements" TO ladder_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The triggers refuse to empty these tables; dropping them removes their triggers too.
    await queryRunner.query(`DROP TABLE "observation_acknowledgements"`);
    await queryRunner.query(`DROP TABLE "observation_items"`);
    await queryRunner.query(`DROP TABLE "observations"`);
    await queryRunner.query(`DROP FUNCTION "ladder_refuse_observation_truncate"()`);
    await queryRunner.query(`DROP FUNCTION "ladder_observation_acknowledgement_immutable"()`);
    await queryRunner.query(`DROP FUNCTION "ladder_observation_item_immutable"()`);
    await queryRunner.query(`DROP FUNCTION "ladder_observation_immutable"()`);
  }
}
