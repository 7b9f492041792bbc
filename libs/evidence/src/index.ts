/**
 * @ladder/evidence: rules about evidence records that are neither framework data nor Dreyfus
 * scoring — the possible-identifier check every free-text record shares (NHS number modulus 11,
 * dates of birth, postcodes next to names), which items of a framework version an observation can
 * score, applying item changes, readiness to sign off, and observation guidance. Pure functions;
 * no I/O. The API and the web import the same rules from here.
 */
export { isValidNhsNumber, nhsNumberCheckDigit } from './identifiers/nhs-number';
export {
  POSSIBLE_IDENTIFIER_KINDS,
  findFullDates,
  findPossibleIdentifiers,
  newPossibleIdentifiers,
  possibleIdentifiersIn,
  type IdentifierMatch,
  type NamedTextFields,
  type PossibleIdentifier,
  type PossibleIdentifierKind,
} from './identifiers/possible-identifiers';
export {
  COMMUNITY_DEVELOPMENT_AREA_ID,
  OBSERVATION_VARIANTS,
  SCORABLE_ITEM_TYPES,
  isScorableItem,
  scorableItems,
  variantCovers,
  type ObservationVariant,
  type ScorableItem,
} from './observations/scorable-items';
export {
  applyItemChanges,
  sameItemValues,
  type AppliedItemChanges,
  type ChangedItem,
  type ObservationItemChange,
  type ObservationItemValues,
  type RefusedItemChanges,
} from './observations/item-changes';
export {
  NOT_READY_TO_SIGN_OFF,
  signOffProblemMessages,
  signOffProblems,
  type SignOffCandidate,
  type SignOffItem,
  type SignOffProblem,
} from './observations/sign-off-readiness';
export {
  NHSE_OBSERVATION_QUOTES,
  NHSE_SOURCE,
  WALES_CONSENT_QUOTES,
  WALES_SOURCE,
  keyFeaturesOf,
  observationGuidance,
  proposedItemIds,
  scoringInstructions,
  type KeyFeatures,
  type ObservationGuidance,
  type ProgressToPlanFrom,
} from './observations/observation-guidance';
