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
 * The observations module supplies the implementation, `ObservationEvidenceSource`
 * (`apps/api/src/observations/observation-evidence-source.ts`), which the app module binds to this
 * token, so ProgressionModule imports nothing of observations.
 */
export const PROGRESSION_EVIDENCE_SOURCE = Symbol('ProgressionEvidenceSource');

export interface ProgressionEvidenceSource {
  evidenceFor(subject: EvidenceSubject, asOf: string): Promise<EvidenceItem[]>;
  /** The same for several workers of one organisation at once (lists: one query, not one per worker). */
  evidenceForWorkers(
    organisationId: string,
    workerIds: readonly string[],
    asOf: string,
  ): Promise<Map<string, EvidenceItem[]>>;
}
