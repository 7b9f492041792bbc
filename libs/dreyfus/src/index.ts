/**
 * @ladder/dreyfus: the progression engine. Pure functions from evidence to a Somerset ladder level,
 * its reasons and gaps, and a suggested pay point. No I/O; dates are UTC calendar dates.
 */
export {
  DREYFUS_SCALE,
  InvalidScoreError,
  dreyfusDescriptor,
  dreyfusName,
  formatDreyfusScore,
  isDreyfusScore,
  parseDreyfusScore,
  type DreyfusScalePoint,
} from './scale';
export { InvalidDateError, InvalidInputError } from './errors';
export { addDays, completedYears, isIsoDate, parseIsoDate, parseIsoDateTime, subtractMonths } from './dates';
export { levelName, levelRank, levelRef, type LevelRef } from './levels';
export {
  InvalidPolicyError,
  RUNG_LEVELS,
  SOMERSET_DEFAULT_POLICY,
  derivePolicy,
  validatePolicy,
  type LevelPayRule,
  type LevelRule,
  type PayBandNumber,
  type PayBasis,
  type PolicyIssue,
  type PolicyRef,
  type ProgressionPolicy,
  type RungLevel,
} from './policy';
export { BUILT_IN_POLICIES, DEFAULT_POLICY_REF } from './catalogue';
export {
  InvalidPayScaleError,
  PAY_DISCLAIMER,
  formatPence,
  formatPounds,
  suggestPay,
  type PayPointRef,
  type PaySuggestion,
} from './pay';
export type { Attestation, EvidenceItem, ProgressionInput } from './evidence';
export { ATTESTATION_LABEL } from './wording';
export {
  evaluateProgression,
  type CompetencyProgress,
  type CompetencyRequirement,
  type LatestScore,
  type ProgressionResult,
} from './progression';
