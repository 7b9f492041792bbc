import { Injectable } from '@nestjs/common';
import type { ObservationItemValues } from '@ladder/evidence';
import type { EntityManager } from 'typeorm';
import { TenantContext } from '../database/tenant-context';
import { ObservationAcknowledgementEntity } from './observation-acknowledgement.entity';
import { ObservationItemEntity } from './observation-item.entity';
import { ObservationEntity, type ObservationSetting } from './observation.entity';

/** What a new observation (a draft) is made of. */
export type NewObservation = Pick<
  ObservationEntity,
  | 'organisationId'
  | 'workerId'
  | 'plannedById'
  | 'supervisorId'
  | 'variant'
  | 'frameworkKey'
  | 'frameworkVersion'
  | 'observedOn'
  | 'setting'
  | 'consentConfirmed'
  | 'strengths'
  | 'developmentAreas'
  | 'agreedActions'
  | 'signOffKey'
  | 'createKey'
  | 'amendsId'
  | 'amendmentReason'
>;

/** What a draft save may change. */
export interface DraftChanges {
  supervisorId: string | null;
  consentConfirmed: boolean;
  strengths: string;
  developmentAreas: string;
  agreedActions: string;
  observedOn: string;
  setting: ObservationSetting;
}

/** One version in an amendment chain. */
export interface ChainEntry {
  id: string;
  signedOffAt: Date | null;
  reason: string | null;
}

/** One stored score of a Somerset assessed competency, as progression reads it. */
export interface StoredScore {
  workerId: string;
  observationId: string;
  itemId: string;
  score: number;
  observedOn: string;
  signedOff: boolean;
  signedOffAt: Date | null;
  /** Who signed it off; for a draft, the observing supervisor (or whoever planned it). */
  scoredBy: string;
}

/**
 * The only code that reads or writes observations, their items and acknowledgements. Every query
 * runs in the request's tenant transaction (row-level security) and filters by organisation itself.
 * Which changes are allowed at all is also enforced by the database's triggers (see migration
 * 1763700006000); the conditional updates here are the optimistic locks.
 */
@Injectable()
export class ObservationRepository {
  constructor(private readonly tenant: TenantContext) {}

  private get manager(): EntityManager {
    return this.tenant.manager();
  }

  private get observations() {
    return this.manager.getRepository(ObservationEntity);
  }

  private get items() {
    return this.manager.getRepository(ObservationItemEntity);
  }

  private get acknowledgements() {
    return this.manager.getRepository(ObservationAcknowledgementEntity);
  }

  /**
   * Inserts a draft and its items (unscored unless given). Returns the new id, or null when an
   * amendment of the same observation, or an observation with the same sign-off key, already
   * exists (ON CONFLICT DO NOTHING: the transaction stays usable).
   */
  async insertDraft(observation: NewObservation, items: readonly ObservationItemValues[]): Promise<string | null> {
    const result = await this.observations
      .createQueryBuilder()
      .insert()
      .values({ ...observation, status: 'draft', revision: 1 })
      .orIgnore()
      .returning(['id'])
      .updateEntity(false)
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (id === undefined) return null;
    await this.items
      .createQueryBuilder()
      .insert()
      .values(
        items.map((item, position) => ({
          ...item,
          observationId: id,
          organisationId: observation.organisationId,
          position,
        })),
      )
      .updateEntity(false)
      .execute();
    return id;
  }

  /** One observation with its people, items (in sheet order) and acknowledgement. */
  find(organisationId: string, id: string): Promise<ObservationEntity | null> {
    return this.observations.findOne({
      where: { organisationId, id },
      relations: { worker: true, supervisor: true, signedOffBy: true, items: true, acknowledgement: true },
      order: { items: { position: 'ASC' } },
    });
  }

  /**
   * A worker's observations, newest first (observed date, then creation: an amendment comes before
   * the version it amends). With `authoredBy`, only those that person planned, observed or signed off.
   */
  listForWorker(organisationId: string, workerId: string, authoredBy?: string): Promise<ObservationEntity[]> {
    const where =
      authoredBy === undefined
        ? [{ organisationId, workerId }]
        : [
            { organisationId, workerId, plannedById: authoredBy },
            { organisationId, workerId, supervisorId: authoredBy },
            { organisationId, workerId, signedOffById: authoredBy },
          ];
    return this.observations.find({
      where,
      relations: { worker: true, supervisor: true, signedOffBy: true, items: true, acknowledgement: true },
      order: { observedOn: 'DESC', createdAt: 'DESC', id: 'ASC', items: { position: 'ASC' } },
    });
  }

  /** For each of these observations that has been amended, the amendment's id. */
  async supersededBy(organisationId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.observations
      .createQueryBuilder('o')
      .select(['o.id', 'o.amendsId'])
      .where('o.organisation_id = :organisationId', { organisationId })
      .andWhere('o.amends_id IN (:...ids)', { ids })
      .getMany();
    return new Map(rows.map((row) => [row.amendsId as string, row.id]));
  }

  /** Every version in the amendment chain an observation belongs to, oldest first. */
  async chain(organisationId: string, id: string): Promise<ChainEntry[]> {
    const rows: { id: string; signed_off_at: Date | null; amendment_reason: string | null }[] =
      await this.manager.query(
        `WITH RECURSIVE
           back(id, amends_id) AS (
             SELECT o.id, o.amends_id FROM observations o WHERE o.id = $2 AND o.organisation_id = $1
             UNION
             SELECT o.id, o.amends_id FROM observations o JOIN back b ON o.id = b.amends_id WHERE o.organisation_id = $1
           ),
           root AS (SELECT id FROM back WHERE amends_id IS NULL),
           forward(id) AS (
             SELECT id FROM root
             UNION
             SELECT o.id FROM observations o JOIN forward f ON o.amends_id = f.id WHERE o.organisation_id = $1
           )
         SELECT o.id, o.signed_off_at, o.amendment_reason
         FROM observations o JOIN forward f ON f.id = o.id
         ORDER BY o.signed_off_at ASC NULLS LAST, o.created_at ASC`,
        [organisationId, id],
      );
    return rows.map((row) => ({ id: row.id, signedOffAt: row.signed_off_at, reason: row.amendment_reason }));
  }

  /** The observation signed off with this idempotency key, if any. */
  /** The observation planned with this idempotency key, if any (only who it is about and who planned it). */
  findByCreateKey(organisationId: string, createKey: string): Promise<ObservationEntity | null> {
    return this.observations.findOne({
      where: { organisationId, createKey },
      select: { id: true, workerId: true, plannedById: true },
    });
  }

  findBySignOffKey(organisationId: string, signOffKey: string): Promise<ObservationEntity | null> {
    return this.observations.findOne({
      select: { id: true, amendsId: true, status: true },
      where: { organisationId, signOffKey },
    });
  }

  /**
   * Saves a draft's fields and moves its revision on by one, only if it is still a draft at
   * `revision` (the row lock makes a concurrent save wait, then find the revision moved on).
   * Returns false, changing nothing, otherwise.
   */
  async updateDraft(organisationId: string, id: string, revision: number, changes: DraftChanges): Promise<boolean> {
    const result = await this.observations
      .createQueryBuilder()
      .update()
      .set({ ...changes, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :id AND organisation_id = :organisationId AND status = :draft AND revision = :revision', {
        id,
        organisationId,
        draft: 'draft',
        revision,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Saves scores, not-observed marks and notes of a draft's items (call after {@link updateDraft} locked it). */
  async updateItems(
    organisationId: string,
    observationId: string,
    items: readonly ObservationItemValues[],
  ): Promise<void> {
    for (const item of items) {
      await this.items.update(
        { organisationId, observationId, itemId: item.itemId },
        { score: item.score, notObserved: item.notObserved, evidenceNotes: item.evidenceNotes },
      );
    }
  }

  /**
   * Signs off a draft still at `revision` (or, with `revision` null, any draft: a new amendment).
   * Returns false, changing nothing, when it is no longer that draft. The database refuses the
   * sign-off if any item is neither scored nor marked not observed.
   */
  async signOff(
    organisationId: string,
    id: string,
    revision: number | null,
    signerId: string,
    signOffKey: string,
  ): Promise<boolean> {
    const query = this.observations
      .createQueryBuilder()
      .update()
      .set({
        status: 'signed-off',
        signedOffById: signerId,
        signedOffAt: () => 'now()',
        signOffKey,
        supervisorId: () => 'coalesce(supervisor_id, :signerId)',
        revision: () => 'revision + 1',
        updatedAt: () => 'now()',
      })
      .where('id = :id AND organisation_id = :organisationId AND status = :draft', {
        id,
        organisationId,
        draft: 'draft',
      })
      .setParameter('signerId', signerId);
    if (revision !== null) query.andWhere('revision = :revision', { revision });
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }

  /** Records the worker's acknowledgement; false (nothing changed) if the observation already has one. */
  async insertAcknowledgement(
    acknowledgement: Pick<
      ObservationAcknowledgementEntity,
      'observationId' | 'organisationId' | 'workerId' | 'comment'
    >,
  ): Promise<boolean> {
    const result = await this.acknowledgements
      .createQueryBuilder()
      .insert()
      .values(acknowledgement)
      .orIgnore()
      .returning(['observationId']) // a property name, not the column's
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /**
   * The workers' stored scores of the given items (Somerset assessed competencies) observed on or
   * before `asOf`: every scored item of each signed-off observation that has not been amended
   * (the latest version of each chain), and of each draft. One query for all the workers; each
   * worker's scores come in observed-date order.
   */
  async scoresFor(
    organisationId: string,
    workerIds: readonly string[],
    itemIds: readonly string[],
    asOf: string,
  ): Promise<StoredScore[]> {
    if (workerIds.length === 0) return [];
    const rows: {
      worker_id: string;
      observation_id: string;
      item_id: string;
      score: number;
      observed_on: string;
      status: string;
      signed_off_at: Date | null;
      scored_by: string;
    }[] = await this.manager.query(
      `SELECT o.worker_id, o.id AS observation_id, i.item_id, i.score, to_char(o.observed_on, 'YYYY-MM-DD') AS observed_on,
              o.status, o.signed_off_at, coalesce(o.signed_off_by, o.supervisor_id, o.planned_by) AS scored_by
       FROM observations o
       JOIN observation_items i ON i.observation_id = o.id AND i.organisation_id = o.organisation_id
       WHERE o.organisation_id = $1 AND o.worker_id = ANY($2::uuid[]) AND o.framework_key = 'somerset'
         AND i.item_id = ANY($3::text[]) AND i.score IS NOT NULL AND o.observed_on <= $4::date
         AND NOT EXISTS (SELECT 1 FROM observations later WHERE later.amends_id = o.id AND later.organisation_id = o.organisation_id)
       ORDER BY o.observed_on, o.id, i.position`,
      [organisationId, [...workerIds], [...itemIds], asOf],
    );
    return rows.map((row) => ({
      workerId: row.worker_id,
      observationId: row.observation_id,
      itemId: row.item_id,
      score: Number(row.score),
      observedOn: row.observed_on,
      signedOff: row.status === 'signed-off',
      signedOffAt: row.signed_off_at,
      scoredBy: row.scored_by,
    }));
  }

  /** For each worker, the observed date of their most recent signed-off observation. */
  async lastSignedOffObservedOn(organisationId: string, workerIds: readonly string[]): Promise<Map<string, string>> {
    if (workerIds.length === 0) return new Map();
    const rows: { worker_id: string; last: string }[] = await this.manager.query(
      `SELECT worker_id, to_char(max(observed_on), 'YYYY-MM-DD') AS last
       FROM observations
       WHERE organisation_id = $1 AND worker_id = ANY($2::uuid[]) AND status = 'signed-off'
       GROUP BY worker_id`,
      [organisationId, [...workerIds]],
    );
    return new Map(rows.map((row) => [row.worker_id, row.last]));
  }
}
