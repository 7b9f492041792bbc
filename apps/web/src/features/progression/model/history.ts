import { formatDate } from '../../../lib/dates';
import type { ScoredObservation } from '../api/scored-observations';

/**
 * Somerset Table 2's rating names, by score. The same as `DREYFUS_SCALE` in libs/dreyfus (a spec
 * checks); copied because the web bundle takes only types from the domain libs, whose data would
 * otherwise come with them.
 */
export const DREYFUS_NAMES = ['Absence', 'Novice', 'Advanced Beginner', 'Competent', 'Proficient', 'Expert'] as const;

export const ratingOf = (score: number): string => DREYFUS_NAMES[score] ?? '';

/** "3 (Competent)", as the progression engine writes a score. */
export const scoreText = (score: number): string => `${score} (${ratingOf(score)})`;

/**
 * The Somerset item an assessed competency is scored on: `promoting-autonomy` →
 * `somerset:ac.promoting-autonomy` (ASSESSED_COMPETENCIES in libs/competencies; a spec checks).
 */
export const somersetItemIdOf = (competencyKey: string): string => `somerset:ac.${competencyKey}`;

export interface ScorePoint {
  observationId: string;
  observedOn: string;
  score: number;
}

/**
 * A competency's signed-off scores, oldest first: one per observation that scored it, the latest
 * version of each amended observation only (as progression counts them). Drafts and "not
 * observed" are left out.
 */
export function scoreHistory(observations: readonly ScoredObservation[], itemId: string): ScorePoint[] {
  return observations
    .filter((observation) => observation.status === 'signed-off' && observation.supersededBy === null)
    .flatMap((observation) =>
      observation.items
        .filter((item) => item.itemId === itemId && item.score !== null && !item.notObserved)
        .map((item) => ({
          observationId: observation.id,
          observedOn: observation.observedOn,
          signedOffAt: observation.signedOffAt ?? '',
          score: item.score as number,
        })),
    )
    .sort((a, b) => a.observedOn.localeCompare(b.observedOn) || a.signedOffAt.localeCompare(b.signedOffAt))
    .map(({ observationId, observedOn, score }) => ({ observationId, observedOn, score }));
}

/**
 * The engine's sentences in plain words: ISO dates as words ("on 2026-03-05" → "on 5 March
 * 2026"), and without the observations' ids, which mean nothing to a reader.
 */
export function inPlainWords(sentence: string): string {
  return sentence
    .replace(/ \(observation [0-9a-f-]{36}(?:; ([^)]*))?\)/g, (_match, rest?: string) => (rest ? ` (${rest})` : ''))
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (date) => formatDate(date));
}

/** What a chart of these scores says, for those who cannot see it: "2 (Advanced Beginner) on 5 January 2026; …". */
export function historyText(points: readonly ScorePoint[]): string {
  if (points.length === 0) return 'no signed-off scores yet';
  return points.map((point) => `${scoreText(point.score)} on ${formatDate(point.observedOn)}`).join('; ');
}
