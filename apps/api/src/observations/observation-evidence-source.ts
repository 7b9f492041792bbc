import { Injectable } from '@nestjs/common';
import { ASSESSED_COMPETENCIES, type AssessedCompetencyKey, type DreyfusScore } from '@ladder/competencies';
import type { EvidenceItem } from '@ladder/dreyfus';
import type { EvidenceSubject, ProgressionEvidenceSource } from '../progression/progression-evidence-source';
import { ObservationRepository } from './observation.repository';

const KEY_BY_ITEM_ID: ReadonlyMap<string, AssessedCompetencyKey> = new Map(
  ASSESSED_COMPETENCIES.map((competency) => [competency.itemId, competency.key]),
);
const ASSESSED_ITEM_IDS = [...KEY_BY_ITEM_ID.keys()];

/**
 * Progression evidence from stored observations: each scored Somerset assessed competency of the
 * latest version of every signed-off amendment chain (an amended observation no longer counts;
 * its amendment does), plus draft scores as `signedOff: false`, which the engine never counts but
 * reports as awaiting sign-off. Items marked not observed carry no score and are not evidence.
 * Scores from other frameworks are not Somerset evidence. Observations after `asOf` are left out.
 */
@Injectable()
export class ObservationEvidenceSource implements ProgressionEvidenceSource {
  constructor(private readonly observations: ObservationRepository) {}

  async evidenceFor(subject: EvidenceSubject, asOf: string): Promise<EvidenceItem[]> {
    const byWorker = await this.evidenceForWorkers(subject.organisationId, [subject.workerId], asOf);
    return byWorker.get(subject.workerId) ?? [];
  }

  async evidenceForWorkers(
    organisationId: string,
    workerIds: readonly string[],
    asOf: string,
  ): Promise<Map<string, EvidenceItem[]>> {
    const byWorker = new Map<string, EvidenceItem[]>(workerIds.map((workerId) => [workerId, []]));
    for (const stored of await this.observations.scoresFor(organisationId, workerIds, ASSESSED_ITEM_IDS, asOf)) {
      byWorker.get(stored.workerId)?.push({
        competency: KEY_BY_ITEM_ID.get(stored.itemId) as AssessedCompetencyKey,
        score: stored.score as DreyfusScore,
        observedOn: stored.observedOn,
        signedOff: stored.signedOff,
        signedOffAt: stored.signedOff && stored.signedOffAt ? stored.signedOffAt.toISOString() : null,
        observationId: stored.observationId,
        supervisorId: stored.scoredBy,
      });
    }
    return byWorker;
  }
}
