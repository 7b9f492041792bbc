import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One supervisor gives one worker one kind of supervision at most once at any time: the exclusion
 * constraint `supervision_assignments_no_overlap` refuses two assignments of the same supervisor,
 * worker and type whose date ranges (inclusive; an open end runs for ever) overlap. Before it, the
 * API checked for an overlap and then inserted, so identical requests sent at once could store
 * several copies, and ending one left access through another.
 *
 * Copies already stored by that race (same supervisor, worker, type and dates) are removed first,
 * keeping the earliest; nothing refers to an assignment row, so nothing else changes. Overlapping
 * assignments that differ in their dates are not guessed at: the constraint then fails to build and
 * the migration stops, naming it, for an administrator to end one of them.
 */
export class SupervisionAssignmentsNoOverlap1763700007000 implements MigrationInterface {
  name = 'SupervisionAssignmentsNoOverlap1763700007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // `=` on uuid and text inside a GiST exclusion constraint (a trusted extension: a database owner may create it).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      DELETE FROM "supervision_assignments" AS copy
       USING "supervision_assignments" AS kept
       WHERE copy.organisation_id = kept.organisation_id
         AND copy.supervisor_id = kept.supervisor_id
         AND copy.worker_id = kept.worker_id
         AND copy.supervision_type = kept.supervision_type
         AND copy.starts_on = kept.starts_on
         AND copy.ends_on IS NOT DISTINCT FROM kept.ends_on
         AND (copy.created_at, copy.id) > (kept.created_at, kept.id)`);
    await queryRunner.query(
      `ALTER TABLE "supervision_assignments" ADD CONSTRAINT "supervision_assignments_no_overlap" EXCLUDE USING gist ("organisation_id" WITH =, "supervisor_id" WITH =, "worker_id" WITH =, "supervision_type" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "supervision_assignments" DROP CONSTRAINT "supervision_assignments_no_overlap"`,
    );
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
