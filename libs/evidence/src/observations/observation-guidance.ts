import {
  ASSESSED_COMPETENCIES,
  type AssessedCompetencyKey,
  type FrameworkItem,
  type FrameworkVersion,
} from '@ladder/competencies';
import type { LevelRef } from '@ladder/dreyfus';
import { scorableItems } from './scorable-items';

/**
 * The pre-observation guidance a worker and supervisor read before an observation. Quoted
 * passages keep the source's wording and say where they come from; Ladder's own sentences are
 * kept apart from them. The NHS England framework (Annex B) refers to its observation sheet and
 * pre-observation guidance sheet as Word downloads whose text it does not reproduce, so this
 * quotes what the framework itself says about observation, the Somerset scoring instructions and
 * Table 2 (read from the stored framework version, so they are exactly as stored), and the Wales
 * framework on consent. Pure; no I/O.
 */

const ITEM_ID_BY_KEY: ReadonlyMap<AssessedCompetencyKey, string> = new Map(
  ASSESSED_COMPETENCIES.map((competency) => [competency.key, competency.itemId]),
);

/** What the plan reads of a worker's progression (a `@ladder/dreyfus` ProgressionResult). */
export interface ProgressToPlanFrom {
  level: Pick<LevelRef, 'key'>;
  nextLevel: Pick<LevelRef, 'key'> | null;
  competencies: readonly { key: AssessedCompetencyKey; requirements: readonly { level: Pick<LevelRef, 'key'> }[] }[];
}

/**
 * What an observation plan proposes to observe: the Somerset assessed competencies that the rules
 * of the worker's current or next level name, in framework order, as item ids of the Somerset
 * version (only those it can score).
 */
export function proposedItemIds(progress: ProgressToPlanFrom, somerset: Pick<FrameworkVersion, 'items'>): string[] {
  const levels = new Set<string>([progress.level.key]);
  if (progress.nextLevel) levels.add(progress.nextLevel.key);
  const scorable = scorableItems(somerset);
  return progress.competencies
    .filter((competency) => competency.requirements.some((requirement) => levels.has(requirement.level.key)))
    .map((competency) => ITEM_ID_BY_KEY.get(competency.key) as string)
    .filter((itemId) => scorable.has(itemId));
}

export const NHSE_SOURCE = 'NHS England, Workforce development framework: social prescribing link workers, Annex B';
export const WALES_SOURCE =
  'The Competence Framework for Social Prescribing Practitioners in Wales, 2.2 Knowledge of, and ability to work with, issues of confidentiality and consent';

/** NHS England Annex B, as printed. */
export const NHSE_OBSERVATION_QUOTES = [
  'The purpose of the Portfolio of Evidence is to allow SPLWs to evidence the depth of their knowledge, skills and competencies in line with the draft NHS England social prescribing link worker competency Framework.',
  'Frequency of use can be decided between SPLW and supervisor, but we would encourage use every 6-12 months.',
  'Here, we recommend the clinical supervisor leads on the Observation tool.',
] as const;

/** The Wales framework, section 2.2, as printed. */
export const WALES_CONSENT_QUOTES = [
  'An ability to give people the information they need so they can decide if they want to proceed with meetings with a social prescribing practitioner, for example:\n- what the meetings would involve\n- the potential benefits of the meetings',
  "An ability to draw on knowledge that people have a right to withdraw or limit consent at any time, and:\n- if consent is declined or withdrawn, an ability to respect the person's right to make this decision",
] as const;

const CONSENT_LADDER_TEXT =
  'Before the session, ask the person you are supporting whether they agree to your supervisor observing it: say what the observation involves and that it is about your practice, not about them, and that they can say no or stop it at any time without it affecting their support. The supervisor records their agreement on the observation ("consent confirmed"); an observation cannot be signed off without it. Write about the practice you saw, not the person: no names, NHS numbers, dates of birth or addresses. Ladder asks before storing text that looks like one.';

const NOT_OBSERVED_LADDER_TEXT =
  'In Ladder, mark an item "not observed" when the session gave no chance to show it: it then has no score and is not counted. Every planned item must be scored or marked not observed before sign-off.';

export interface KeyFeatures {
  itemId: string;
  title: string;
  keyFeatures: string;
  interaction: string;
}

export interface ObservationGuidance {
  whatWillBeObserved: string;
  howScoringWorks: string;
  consent: string;
  keyFeatures: KeyFeatures[];
}

function findItem(items: readonly FrameworkItem[], id: string): FrameworkItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const found = item.children ? findItem(item.children, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

const quote = (text: string) => `“${text}”`;

/** The Somerset item's "Key features" and "Interaction" (Appendix 6), as stored. */
export function keyFeaturesOf(somerset: FrameworkVersion, itemId: string): KeyFeatures | null {
  const item = findItem(somerset.items, itemId);
  if (!item) return null;
  const child = (type: string) => item.children?.find((c) => c.type === type)?.text ?? '';
  return {
    itemId,
    title: item.title ?? item.text,
    keyFeatures: child('key-features'),
    interaction: child('interaction'),
  };
}

/** Somerset's scoring instructions and Table 2, as stored in the framework version. */
export function scoringInstructions(somerset: FrameworkVersion): string {
  const parts: string[] = [];
  const instructions = findItem(somerset.items, 'somerset:scoring-instructions');
  if (instructions) parts.push(`${instructions.title ?? ''}\n${quote(instructions.text)}`);
  const scale = findItem(somerset.items, 'somerset:dreyfus-scale');
  if (scale) {
    const points = (scale.children ?? []).map((point) => `${point.code} ${point.title}: ${point.text}`);
    parts.push(`${scale.title ?? ''}\n${points.join('\n')}`);
  }
  parts.push(NOT_OBSERVED_LADDER_TEXT);
  return `${somerset.title} (${somerset.version}):\n\n${parts.join('\n\n')}`;
}

/** The guidance to read before an observation of the proposed items (Somerset item ids). */
export function observationGuidance(
  somerset: FrameworkVersion,
  proposedItemIds: readonly string[],
): ObservationGuidance {
  const keyFeatures = proposedItemIds
    .map((id) => keyFeaturesOf(somerset, id))
    .filter((features): features is KeyFeatures => features !== null);
  const titles = keyFeatures.map((features) => features.title);
  const proposed =
    titles.length > 0
      ? `Your supervisor will observe a session of your practice and score it, 0 to 5, against: ${titles.join('; ')}. Their key features are below.`
      : 'Your supervisor will observe a session of your practice and score it, 0 to 5, against the competencies you agree.';
  return {
    whatWillBeObserved: [proposed, `${NHSE_SOURCE}:`, ...NHSE_OBSERVATION_QUOTES.map(quote)].join('\n\n'),
    howScoringWorks: scoringInstructions(somerset),
    consent: [CONSENT_LADDER_TEXT, `${WALES_SOURCE}:`, ...WALES_CONSENT_QUOTES.map(quote)].join('\n\n'),
    keyFeatures,
  };
}
