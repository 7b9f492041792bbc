import type { DreyfusScore } from '@ladder/competencies';

import type { EvidenceItem } from './evidence';
import { formatDreyfusScore } from './scale';

/**
 * The sentences people read in reasons and gaps. Kept together so the wording stays consistent
 * (and is tested verbatim): "<what>: <state>; needs <score> (<name>)".
 */

export const ATTESTATION_LABEL = 'Employer attestation of wider responsibilities, leadership or specialisation';

export function monthsPhrase(months: number): string {
  return `${months} month${months === 1 ? '' : 's'}`;
}

export const INDUCTION_GAP = 'Local induction not yet complete';

export function entryReason(): string {
  return 'Entry: on recruitment';
}

/** "Person Centred Approach scored 3 (Competent) on 2026-02-01 (observation obs-12)". */
export function scoreReason(
  title: string,
  latest: EvidenceItem,
  supervisors: { count: number; threshold: DreyfusScore } | null,
): string {
  const extra =
    supervisors === null ? '' : `; ${supervisors.count} distinct supervisors scored ${supervisors.threshold} or above`;
  return (
    `${title} scored ${formatDreyfusScore(latest.score)} on ${latest.observedOn} ` +
    `(observation ${latest.observationId}${extra})`
  );
}

export function attestationReason(attestedOn: string): string {
  return `employer attestation of wider responsibilities, leadership or specialisation on ${attestedOn}`;
}

export function scoreBelowGap(title: string, latest: EvidenceItem, threshold: DreyfusScore): string {
  return (
    `${title}: latest score ${formatDreyfusScore(latest.score)} on ${latest.observedOn}; ` +
    `needs ${formatDreyfusScore(threshold)}`
  );
}

export function supervisorsGap(title: string, count: number, needed: number, threshold: DreyfusScore): string {
  return (
    `${title}: scored ${formatDreyfusScore(threshold)} or above by ${count} distinct ` +
    `supervisor${count === 1 ? '' : 's'}; needs ${needed} distinct supervisors`
  );
}

export function unsignedGap(title: string, observedOn: string, threshold: DreyfusScore): string {
  return `${title}: observation on ${observedOn} not yet signed off; needs ${formatDreyfusScore(threshold)}`;
}

export function lapsedGap(title: string, lastObservedOn: string, windowMonths: number): string {
  return `${title}: last observed ${lastObservedOn}, no longer current (older than ${monthsPhrase(windowMonths)})`;
}

export function notObservedGap(title: string, threshold: DreyfusScore): string {
  return `${title}: not yet observed; needs ${formatDreyfusScore(threshold)}`;
}

export function attestationGap(lapsedOn: string | null, windowMonths: number): string {
  const lapsed = lapsedOn === null ? '' : ` (last attested ${lapsedOn}, older than ${monthsPhrase(windowMonths)})`;
  return `${ATTESTATION_LABEL}: none current${lapsed}`;
}
