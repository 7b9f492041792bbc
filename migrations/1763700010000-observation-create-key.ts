import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `observations.create_key`: the client's idempotency key for planning an observation, unique in
 * its organisation, so a double click or a retry after a lost answer gets the observation the
 * first request made instead of a second draft.
 */
export class ObservationCreateKey1763700010000 implements MigrationInterface {
  name = 'ObservationCreateKey1763700010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observations" ADD "create_key" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "observations_create_key" ON "observations" ("organisation_id", "create_key") WHERE "create_key" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "observations_create_key"`);
    await queryRunner.query(`ALTER TABLE "observations" DROP COLUMN "create_key"`);
  }
}
