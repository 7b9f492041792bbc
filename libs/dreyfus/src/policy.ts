import {
  ASSESSED_COMPETENCY_KEYS,
  SOMERSET_LEVELS,
  type AssessedCompetencyKey,
  type DreyfusScore,
  type PayBand,
  type SomersetLevel,
} from '@ladder/competencies';

import { describeValue } from './errors';
import { isDreyfusScore } from './scale';

/**
 * Attainment policy: the rules that turn evidence into a level, kept as versioned data so an
 * employer can adopt a variant (another currency window, two supervisors…) while every result
 * still says which `{ key, version }` produced it.
 */

/** Levels above Entry; Entry needs nothing (it is reached on recruitment). */
export type RungLevel = Exclude<SomersetLevel, 'entry'>;
export const RUNG_LEVELS: readonly RungLevel[] = ['core', 'level-1', 'level-2', 'level-3'];

/** What a level needs on top of every level below it. */
export interface LevelRule {
  level: RungLevel;
  /** Each listed competency's most recent current signed-off score must be at least this. */
  threshold: DreyfusScore;
  competencies: readonly AssessedCompetencyKey[];
  /** Local induction must be complete. */
  requiresInduction: boolean;
  /** A current employer attestation of wider responsibilities, leadership or specialisation. */
  requiresAttestation: boolean;
}

export type PayBandNumber = PayBand['band'];

/**
 * `bottom-of-band`: the band's first point whatever the experience;
 * `experience`: the point for the worker's completed years of relevant experience.
 */
export type PayBasis = 'bottom-of-band' | 'experience';

export interface LevelPayRule {
  band: PayBandNumber;
  basis: PayBasis;
}

export interface ProgressionPolicy {
  /** Stable kebab-case key, e.g. `somerset-default`. */
  key: string;
  /** Whole number ≥ 1; a changed policy is a new version, never an edit. */
  version: number;
  title: string;
  /** Evidence (and attestations) older than this many calendar months before the as-of date lapse. */
  currencyWindowMonths: number;
  /**
   * A competency is attained at T only when at least this many distinct supervisors have current
   * signed-off scores ≥ T (and the latest score is still ≥ T). 1 = the latest score alone decides.
   */
  minDistinctSupervisors: number;
  /** Exactly one rule per level above Entry, in ladder order: core, level-1, level-2, level-3. */
  levels: readonly LevelRule[];
  /** AfC band and pay basis per level (Somerset Table 1). */
  pay: Readonly<Record<SomersetLevel, LevelPayRule>>;
}

/** What results quote to say which policy produced them. */
export interface PolicyRef {
  key: string;
  version: number;
}

export interface PolicyIssue {
  field: string;
  message: string;
}

/** The policy is malformed. `field` is the first bad field; `issues` lists every one found. */
export class InvalidPolicyError extends Error {
  override readonly name: string = 'InvalidPolicyError';
  readonly field: string;

  constructor(readonly issues: readonly PolicyIssue[]) {
    super(`Invalid progression policy: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.field = issues[0]?.field ?? '';
  }
}

const POLICY_FIELDS = ['key', 'version', 'title', 'currencyWindowMonths', 'minDistinctSupervisors', 'levels', 'pay'];
const RULE_FIELDS = ['level', 'threshold', 'competencies', 'requiresInduction', 'requiresAttestation'];
const PAY_RULE_FIELDS = ['band', 'basis'];
const PAY_BASES: readonly string[] = ['bottom-of-band', 'experience'];
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Policies this module validated and froze; evaluation can trust these without re-checking. */
const validated = new WeakSet<object>();

export function isValidatedPolicy(policy: object): policy is ProgressionPolicy {
  return validated.has(policy);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

class IssueCollector {
  readonly issues: PolicyIssue[] = [];

  /** Pass the offending value as a third argument to have it quoted in the message. */
  add(field: string, message: string, ...value: [unknown?]): void {
    const got = value.length > 0 ? ` (got ${describeValue(value[0])})` : '';
    this.issues.push({ field, message: message + got });
  }

  /** Flags keys outside `allowed` (typos such as `currencyWindowMonth` must not pass silently). */
  unknownFields(record: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
    for (const name of Object.keys(record)) {
      if (!allowed.includes(name)) this.add(`${prefix}${name}`, 'is not a policy field');
    }
  }
}

function checkRule(raw: unknown, index: number, out: IssueCollector): LevelRule | null {
  const at = `levels[${index}]`;
  if (!isRecord(raw)) {
    out.add(at, 'must be an object', raw);
    return null;
  }
  out.unknownFields(raw, RULE_FIELDS, `${at}.`);
  const expected = RUNG_LEVELS[index];
  if (raw['level'] !== expected) {
    out.add(`${at}.level`, `must be '${expected}' (levels are listed in ladder order)`, raw['level']);
  }
  if (!isDreyfusScore(raw['threshold'])) {
    out.add(`${at}.threshold`, 'must be a whole number from 0 to 5', raw['threshold']);
  }
  const competencies = raw['competencies'];
  const keys: AssessedCompetencyKey[] = [];
  if (!Array.isArray(competencies)) {
    out.add(`${at}.competencies`, 'must be an array of assessed competency keys', competencies);
  } else {
    competencies.forEach((key: unknown, i) => {
      if (!(ASSESSED_COMPETENCY_KEYS as readonly unknown[]).includes(key)) {
        out.add(`${at}.competencies[${i}]`, 'is not an assessed competency key', key);
      } else if (keys.includes(key as AssessedCompetencyKey)) {
        out.add(`${at}.competencies[${i}]`, 'is listed twice', key);
      } else {
        keys.push(key as AssessedCompetencyKey);
      }
    });
  }
  for (const flag of ['requiresInduction', 'requiresAttestation'] as const) {
    if (typeof raw[flag] !== 'boolean') out.add(`${at}.${flag}`, 'must be true or false', raw[flag]);
  }
  return {
    level: expected ?? 'core',
    threshold: raw['threshold'] as DreyfusScore,
    competencies: Object.freeze(keys),
    requiresInduction: raw['requiresInduction'] === true,
    requiresAttestation: raw['requiresAttestation'] === true,
  };
}

function checkPay(raw: unknown, out: IssueCollector): Record<SomersetLevel, LevelPayRule> {
  const pay = {} as Record<SomersetLevel, LevelPayRule>;
  if (!isRecord(raw)) {
    out.add('pay', 'must be an object with a rule for each level', raw);
    return pay;
  }
  out.unknownFields(raw, SOMERSET_LEVELS, 'pay.');
  for (const level of SOMERSET_LEVELS) {
    const rule = raw[level];
    if (!isRecord(rule)) {
      out.add(`pay.${level}`, 'must be an object { band, basis }', rule);
      continue;
    }
    out.unknownFields(rule, PAY_RULE_FIELDS, `pay.${level}.`);
    if (rule['band'] !== 3 && rule['band'] !== 4 && rule['band'] !== 5) {
      out.add(`pay.${level}.band`, 'must be AfC band 3, 4 or 5', rule['band']);
    }
    if (!PAY_BASES.includes(rule['basis'] as string)) {
      out.add(`pay.${level}.basis`, "must be 'bottom-of-band' or 'experience'", rule['basis']);
    }
    pay[level] = Object.freeze({ band: rule['band'] as PayBandNumber, basis: rule['basis'] as PayBasis });
  }
  return pay;
}

/**
 * Checks a policy and returns a normalised, deeply frozen copy (throws `InvalidPolicyError`
 * naming each bad field). Pass the returned object to `evaluateProgression`: validated policies
 * are recognised and not re-checked on every call.
 */
export function validatePolicy(policy: unknown): ProgressionPolicy {
  if (isRecord(policy) && validated.has(policy)) return policy as unknown as ProgressionPolicy;
  const out = new IssueCollector();
  if (!isRecord(policy)) {
    out.add('policy', 'must be an object', policy);
    throw new InvalidPolicyError(out.issues);
  }
  out.unknownFields(policy, POLICY_FIELDS, '');
  const { key, version, title, currencyWindowMonths, minDistinctSupervisors, levels } = policy;
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    out.add('key', 'must be a kebab-case key such as somerset-default', key);
  }
  if (!isWhole(version) || version < 1) out.add('version', 'must be a whole number of at least 1', version);
  if (typeof title !== 'string' || title.trim() === '') out.add('title', 'must be a non-empty string', title);
  if (!isWhole(currencyWindowMonths) || currencyWindowMonths <= 0) {
    out.add('currencyWindowMonths', 'must be a whole number of months greater than 0', currencyWindowMonths);
  }
  if (!isWhole(minDistinctSupervisors) || minDistinctSupervisors < 1) {
    out.add('minDistinctSupervisors', 'must be a whole number of at least 1', minDistinctSupervisors);
  }
  const rules: LevelRule[] = [];
  if (!Array.isArray(levels) || levels.length !== RUNG_LEVELS.length) {
    out.add('levels', `must list exactly ${RUNG_LEVELS.length} rules: ${RUNG_LEVELS.join(', ')}`, levels);
  } else {
    levels.forEach((raw: unknown, i) => {
      const rule = checkRule(raw, i, out);
      if (rule) rules.push(Object.freeze(rule));
    });
  }
  const pay = checkPay(policy['pay'], out);
  if (out.issues.length > 0) throw new InvalidPolicyError(out.issues);

  const result: ProgressionPolicy = Object.freeze({
    key: key as string,
    version: version as number,
    title: title as string,
    currencyWindowMonths: currencyWindowMonths as number,
    minDistinctSupervisors: minDistinctSupervisors as number,
    levels: Object.freeze(rules),
    pay: Object.freeze(pay),
  });
  validated.add(result);
  return result;
}

/** Somerset's rules (section 7.0, Tables 1 and 2) as Ladder applies them by default. */
export const SOMERSET_DEFAULT_POLICY: ProgressionPolicy = validatePolicy({
  key: 'somerset-default',
  version: 1,
  title: 'Somerset default attainment policy',
  currencyWindowMonths: 18,
  minDistinctSupervisors: 1,
  levels: [
    {
      level: 'core',
      threshold: 3,
      competencies: ['person-centred-approach'],
      requiresInduction: true,
      requiresAttestation: false,
    },
    {
      level: 'level-1',
      threshold: 3,
      competencies: ['promoting-autonomy', 'action-planning-goal-setting', 'managing-setbacks-problem-solving'],
      requiresInduction: false,
      requiresAttestation: false,
    },
    {
      level: 'level-2',
      threshold: 3,
      competencies: ['supporting-competence-self-efficacy', 'self-monitoring'],
      requiresInduction: false,
      requiresAttestation: false,
    },
    {
      level: 'level-3',
      threshold: 5,
      competencies: [...ASSESSED_COMPETENCY_KEYS],
      requiresInduction: false,
      requiresAttestation: true,
    },
  ],
  pay: {
    entry: { band: 3, basis: 'bottom-of-band' },
    core: { band: 3, basis: 'bottom-of-band' },
    'level-1': { band: 3, basis: 'experience' },
    'level-2': { band: 4, basis: 'experience' },
    'level-3': { band: 5, basis: 'experience' },
  },
});

/** A new policy derived from `base` (e.g. a 12-month window), validated. Bump `version` yourself. */
export function derivePolicy(base: ProgressionPolicy, changes: Partial<ProgressionPolicy>): ProgressionPolicy {
  return validatePolicy({ ...base, ...changes });
}
