import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions, supervision assignments, the audit log, and tenancy:
 * the API queries as `ladder_app`, a role without superuser or BYPASSRLS, so
 * PostgreSQL row-level security keeps each organisation's rows to itself even
 * if a query forgets its own filter. The organisation comes from
 * `app.organisation_id`, set per transaction by the API.
 */
export class AccountsTenancyAudit1763700001000 implements MigrationInterface {
  name = 'AccountsTenancyAudit1763700001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ladder_app') THEN
          CREATE ROLE ladder_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
        IF NOT pg_has_role(current_user, 'ladder_app', 'MEMBER') THEN
          EXECUTE format('GRANT ladder_app TO %I', current_user);
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ladder_app`);

    await queryRunner.query(`ALTER TABLE "people" ADD "supervision_types" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE TABLE "supervision_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "supervisor_id" uuid NOT NULL, "worker_id" uuid NOT NULL, "supervision_type" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_supervision_type" CHECK ("supervision_type" IN ('workplace', 'clinical', 'group')), CONSTRAINT "CHK_supervision_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "PK_supervision_assignments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_assignments_org_supervisor_idx" ON "supervision_assignments" ("organisation_id", "supervisor_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "supervision_assignments_org_worker_idx" ON "supervision_assignments" ("organisation_id", "worker_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_assignments" ADD CONSTRAINT "FK_assignments_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_assignments" ADD CONSTRAINT "FK_assignments_supervisor" FOREIGN KEY ("supervisor_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_assignments" ADD CONSTRAINT "FK_assignments_worker" FOREIGN KEY ("worker_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_sessions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "sessions_person_id_idx" ON "sessions" ("person_id")`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_sessions_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigserial NOT NULL, "organisation_id" uuid, "actor_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text, "outcome" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "CHK_audit_outcome" CHECK ("outcome" IN ('allowed', 'denied')), CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_organisation_id_at_idx" ON "audit_log" ("organisation_id", "at")`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION ladder_audit_log_append_only()`,
    );

    // The organisation and platform-admin flag of the current transaction (set by the API with set_config(..., true)).
    await queryRunner.query(`
      CREATE FUNCTION ladder_current_organisation() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('app.organisation_id', true), '')::uuid
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_is_platform_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(current_setting('app.platform_admin', true), '') = 'on'
      $$`);

    // Row-level security on every organisation-scoped table.
    await queryRunner.query(`ALTER TABLE "organisations" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY organisations_tenant ON "organisations"
        USING (id = ladder_current_organisation() OR ladder_is_platform_admin())
        WITH CHECK (id = ladder_current_organisation() OR ladder_is_platform_admin())`);
    await queryRunner.query(`ALTER TABLE "people" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY people_tenant ON "people"
        USING (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))
        WITH CHECK (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))`);
    await queryRunner.query(`ALTER TABLE "supervision_assignments" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY supervision_assignments_tenant ON "supervision_assignments"
        USING (organisation_id = ladder_current_organisation())
        WITH CHECK (organisation_id = ladder_current_organisation())`);
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY audit_log_read ON "audit_log" FOR SELECT
        USING (organisation_id = ladder_current_organisation())`);
    await queryRunner.query(`
      CREATE POLICY audit_log_append ON "audit_log" FOR INSERT
        WITH CHECK (organisation_id IS NULL OR organisation_id = ladder_current_organisation())`);

    // Sign-in happens before the organisation is known: these two functions are the only way
    // around row-level security, and they return just what authentication needs.
    await queryRunner.query(`
      CREATE FUNCTION ladder_auth_person_by_email(p_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, password_hash text, roles text[], is_platform_admin boolean, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, password_hash, roles, is_platform_admin, active FROM people WHERE email = lower(p_email)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_auth_person_by_id(p_id uuid)
      RETURNS TABLE (id uuid, organisation_id uuid, password_hash text, roles text[], is_platform_admin boolean, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT id, organisation_id, password_hash, roles, is_platform_admin, active FROM people WHERE id = p_id
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_auth_person_by_email(text) FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ladder_auth_person_by_id(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_auth_person_by_email(text) TO ladder_app`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ladder_auth_person_by_id(uuid) TO ladder_app`);

    // What the API's role may do. The audit log: read and append, never change.
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "organisations", "people", "supervision_assignments", "sessions" TO ladder_app`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "pay_scales", "audit_log" TO ladder_app`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "audit_log_id_seq" TO ladder_app`);
    // Tables later migrations create are the API's to use; immutability is enforced by their own triggers.
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ladder_app`,
    );
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ladder_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ladder_app`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ladder_app`,
    );
    await queryRunner.query(`DROP FUNCTION ladder_auth_person_by_id(uuid)`);
    await queryRunner.query(`DROP FUNCTION ladder_auth_person_by_email(text)`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION ladder_audit_log_append_only()`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "supervision_assignments"`);
    await queryRunner.query(`DROP POLICY people_tenant ON "people"`);
    await queryRunner.query(`ALTER TABLE "people" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`DROP POLICY organisations_tenant ON "organisations"`);
    await queryRunner.query(`ALTER TABLE "organisations" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`DROP FUNCTION ladder_is_platform_admin()`);
    await queryRunner.query(`DROP FUNCTION ladder_current_organisation()`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "supervision_types"`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ladder_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ladder_app`);
  }
}
