import { SOMERSET_DEFAULT_POLICY, type PolicyRef, type ProgressionPolicy } from './policy';

/**
 * The built-in attainment policies: what ships with Ladder. The API stores each at start-up when
 * it is missing; a stored policy never changes, so a correction ships here as a new version.
 */
export const BUILT_IN_POLICIES: readonly ProgressionPolicy[] = [SOMERSET_DEFAULT_POLICY];

/** The policy an organisation's results use until it adopts another. */
export const DEFAULT_POLICY_REF: PolicyRef = {
  key: SOMERSET_DEFAULT_POLICY.key,
  version: SOMERSET_DEFAULT_POLICY.version,
};
