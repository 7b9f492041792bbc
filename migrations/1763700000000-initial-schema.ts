import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_organisations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid, "email" text NOT NULL, "full_name" text NOT NULL, "job_title" text, "roles" text array NOT NULL DEFAULT '{}', "is_platform_admin" boolean NOT NULL DEFAULT false, "password_hash" text, "experience_start_date" date, "employment_start_date" date, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_people" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "people_email_key" ON "people" ("email")`);
    await queryRunner.query(`CREATE INDEX "people_organisation_id_id_idx" ON "people" ("organisation_id", "id")`);
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_people_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "pay_scales" ("year" text NOT NULL, "title" text NOT NULL, "source" text NOT NULL, "bands" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_pay_scales" PRIMARY KEY ("year"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pay_scales"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_people_organisation"`);
    await queryRunner.query(`DROP INDEX "people_organisation_id_id_idx"`);
    await queryRunner.query(`DROP INDEX "people_email_key"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
  }
}
