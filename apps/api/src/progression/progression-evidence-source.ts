import { Injectable } from '@nestjs/common';
import type { EvidenceItem } from '@ladder/dreyfus';

/** The worker whose evidence is wanted, always inside the caller's organisation. */
export interface EvidenceSubject {
  organisationId: string;
  workerId: string;
}

/**
 * Where a worker's stored evidence comes from: every signed-off and draft observation score
 * recorded for them, one `EvidenceItem` per scored assessed competency (drafts with
 * `signedOff: false` and `signedOffAt: null`). The engine decides what counts at the as-of date
 * (sign-off by then, currency window), so a source returns the worker's scores as stored, and may
 * leave out those observed after `asOf`.
 *
 * The observations module supplies the implementation that reads its records, by providing this
 * token from `ProgressionModule` in place of {@link NoObservationRecordsEvidenceSource}.
 */
export const PROGRESSION_EVIDENCE_SOURCE = Symbol('ProgressionEvidenceSource');

export interface ProgressionEvidenceSource {
  evidenceFor(subject: EvidenceSubject, asOf: string): Promise<EvidenceItem[]>;
}

/**
 * The evidence source while Ladder stores no observation records: there are none to read, so
 * every worker's stored progression rests on induction, attestation and experience alone (Entry,
 * with gaps naming what each next level needs). The what-if calculator takes evidence in the request.
 */
@Injectable()
export class NoObservationRecordsEvidenceSource implements ProgressionEvidenceSource {
  async evidenceFor(): Promise<EvidenceItem[]> {
    return [];
  }
}
