/**
 * The six Somerset assessed competencies (Appendix 6), their stable keys and
 * the ladder level at which each is first assessed (Table 1). The progression
 * engine in libs/dreyfus keys its rules on these.
 */
export const SOMERSET_LEVELS = ['entry', 'core', 'level-1', 'level-2', 'level-3'] as const;
export type SomersetLevel = (typeof SOMERSET_LEVELS)[number];

export const ASSESSED_COMPETENCY_KEYS = [
  'person-centred-approach',
  'promoting-autonomy',
  'action-planning-goal-setting',
  'managing-setbacks-problem-solving',
  'supporting-competence-self-efficacy',
  'self-monitoring',
] as const;
export type AssessedCompetencyKey = (typeof ASSESSED_COMPETENCY_KEYS)[number];

export interface AssessedCompetencyRef {
  key: AssessedCompetencyKey;
  /** Title as printed in Appendix 6. */
  title: string;
  /** The level at which the competency is assessed. */
  level: SomersetLevel;
  /** The framework item id of the competency in the Somerset framework data. */
  itemId: string;
}

export const ASSESSED_COMPETENCIES: readonly AssessedCompetencyRef[] = [
  {
    key: 'person-centred-approach',
    title: 'Person Centred Approach',
    level: 'core',
    itemId: 'somerset:ac.person-centred-approach',
  },
  {
    key: 'promoting-autonomy',
    title: 'Promoting Autonomy',
    level: 'level-1',
    itemId: 'somerset:ac.promoting-autonomy',
  },
  {
    key: 'action-planning-goal-setting',
    title: 'Action Planning & Goal Setting',
    level: 'level-1',
    itemId: 'somerset:ac.action-planning-goal-setting',
  },
  {
    key: 'managing-setbacks-problem-solving',
    title: 'Managing Setbacks & Problem Solving',
    level: 'level-1',
    itemId: 'somerset:ac.managing-setbacks-problem-solving',
  },
  {
    key: 'supporting-competence-self-efficacy',
    title: 'Supporting Competence & Self Efficacy',
    level: 'level-2',
    itemId: 'somerset:ac.supporting-competence-self-efficacy',
  },
  { key: 'self-monitoring', title: 'Self-monitoring', level: 'level-2', itemId: 'somerset:ac.self-monitoring' },
];
