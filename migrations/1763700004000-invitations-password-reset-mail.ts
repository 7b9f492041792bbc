import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations, password-reset links and the mail outbox.
 *
 * - `invitations` and `password_reset_tokens` are organisation-scoped and under
 *   row-level security like `people`: invitations hold a name and an email
 *   address. The public pages that open a link know no organisation yet, so
 *   they find the row through SECURITY DEFINER functions that take the
 *   SHA-256 of the link's token (unguessable) and return only a usable row's
 *   few fields; everything else, creating the person included, runs in a
 *   tenant transaction for the row's organisation.
 * - `ladder_email_in_use` answers "has this email an account or a pending
 *   invitation anywhere?", which an invitation must know because emails are
 *   unique across the deployment; it returns a boolean and nothing else.
 * - `mail_outbox` holds mail until a relay delivers it. Its `link` carries a
 *   live token, so the API's role may only INSERT (under an RLS check): no
 *   SELECT, UPDATE or DELETE. Tests and the relay read it as the owner.
 */
export class InvitationsPasswordResetMail1763700004000 implements MigrationInterface {
  name = 'InvitationsPasswordResetMail1763700004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" text NOT NULL, "full_name" text NOT NULL, "job_title" text, "roles" text array NOT NULL, "supervision_types" text array NOT NULL DEFAULT '{}', "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_by" uuid NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_invitations_roles" CHECK (cardinality("roles") > 0 AND "roles" <@ ARRAY['link_worker', 'supervisor', 'employer_admin']::text[]), CONSTRAINT "CHK_invitations_supervision_types" CHECK ("supervision_types" <@ ARRAY['workplace', 'clinical', 'group']::text[]), CONSTRAINT "PK_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "invitations_email_idx" ON "invitations" ("email")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash")`);
    await queryRunner.query(
      `CREATE INDEX "invitations_organisation_id_created_at_idx" ON "invitations" ("organisation_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_invited_by" FOREIGN KEY ("invited_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "organisation_id" uuid, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_password_reset_tokens" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "password_reset_tokens_person_id_idx" ON "password_reset_tokens" ("person_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens" ("token_hash")`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_password_reset_tokens_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_password_reset_tokens_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid, "kind" text NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_mail_outbox_kind" CHECK ("kind" IN ('invitation', 'password-reset')), CONSTRAINT "PK_mail_outbox" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_mail_outbox_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Row-level security, as for people: an organisation's rows, or a platform administrator's own.
    await queryRunner.query(`ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY invitations_tenant ON "invitations"
        USING (organisation_id = ladder_current_organisation())
        WITH CHECK (organisation_id = ladder_current_organisation())`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY password_reset_tokens_tenant ON "password_reset_tokens"
        USING (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))
        WITH CHECK (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY mail_outbox_append ON "mail_outbox" FOR INSERT
        WITH CHECK (organisation_id = ladder_current_organisation() OR (organisation_id IS NULL AND ladder_is_platform_admin()))`);
    // The default privileges gave ladder_app SELECT, INSERT, UPDATE, DELETE; the outbox is write-only for it.
    await queryRunner.query(`REVOKE SELECT, UPDATE, DELETE, TRUNCATE ON "mail_outbox" FROM ladder_app`);

    // The only ways around row-level security for the public link pages: by token hash, usable rows only.
    await queryRunner.query(`
      CREATE FUNCTION ladder_invitation_by_token_hash(p_token_hash text)
      RETURNS TABLE (id uuid, organisation_id uuid, organisation_name text, email text, full_name text, expires_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT i.id, i.organisation_id, o.name, i.email, i.full_name, i.expires_at
          FROM invitations i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.token_hash = p_token_hash AND i.accepted_at IS NULL AND i.expires_at > now()
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_password_reset_by_token_hash(p_token_hash text)
      RETURNS TABLE (id uuid, person_id uuid, organisation_id uuid, is_platform_admin boolean, email text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT t.id, p.id, p.organisation_id, p.is_platform_admin, p.email
          FROM password_reset_tokens t JOIN people p ON p.id = t.person_id
         WHERE t.token_hash = p_token_hash AND t.used_at IS NULL AND t.expires_at > now() AND p.active
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ladder_email_in_use(p_email text) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM people WHERE email = lower(p_email))
            OR EXISTS (SELECT 1 FROM invitations WHERE email = lower(p_email) AND accepted_at IS NULL AND expires_at > now())
      $$`);
    for (const signature of [
      'ladder_invitation_by_token_hash(text)',
      'ladder_password_reset_by_token_hash(text)',
      'ladder_email_in_use(text)',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ladder_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ladder_email_in_use(text)`);
    await queryRunner.query(`DROP FUNCTION ladder_password_reset_by_token_hash(text)`);
    await queryRunner.query(`DROP FUNCTION ladder_invitation_by_token_hash(text)`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
