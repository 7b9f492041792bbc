import { ASSESSED_COMPETENCIES, type AssessedCompetencyKey } from '@ladder/competencies';

/**
 * Demo observations, signed off by each worker's supervisor, so the demo shows
 * every rung: Jo has none (Entry), Sam is at Core, Alex at Level 1 with one
 * gap to Level 2, Chris at Level 2. Dates are relative to the day the demo is
 * first loaded, so the evidence is current.
 */
export interface DemoObservation {
  /** Fixed, so loading twice signs off once. */
  signOffKey: string;
  workerEmail: string;
  supervisorEmail: string;
  daysAgo: number;
  scores: Partial<Record<AssessedCompetencyKey, number>>;
  strengths: string;
  developmentAreas: string;
  agreedActions: string;
}

export const DEMO_INDUCTED_WORKERS = [
  'sam.link@demo.ladder.test',
  'alex.link@demo.ladder.test',
  'chris.care@demo.ladder.test',
];

export const DEMO_OBSERVATIONS: readonly DemoObservation[] = [
  {
    signOffKey: '7d3f3c2e-0000-4000-8000-000000000701',
    workerEmail: 'sam.link@demo.ladder.test',
    supervisorEmail: 'supervisor.one@demo.ladder.test',
    daysAgo: 40,
    scores: { 'person-centred-approach': 3, 'promoting-autonomy': 2 },
    strengths: 'Warm introduction; asked what mattered to the person before anything else.',
    developmentAreas: 'Offered solutions early instead of drawing out the person’s own ideas.',
    agreedActions: 'Practise open questions and reflective listening in the next three conversations.',
  },
  {
    signOffKey: '7d3f3c2e-0000-4000-8000-000000000702',
    workerEmail: 'alex.link@demo.ladder.test',
    supervisorEmail: 'supervisor.one@demo.ladder.test',
    daysAgo: 75,
    scores: {
      'person-centred-approach': 4,
      'promoting-autonomy': 3,
      'action-planning-goal-setting': 3,
      'managing-setbacks-problem-solving': 3,
      'supporting-competence-self-efficacy': 2,
      'self-monitoring': 3,
    },
    strengths: 'Clear, shared action plan with specific, realistic goals.',
    developmentAreas: 'Build the person’s confidence in their own ability to follow the plan.',
    agreedActions: 'Use scaling questions on confidence; review in supervision next month.',
  },
  {
    signOffKey: '7d3f3c2e-0000-4000-8000-000000000703',
    workerEmail: 'chris.care@demo.ladder.test',
    supervisorEmail: 'supervisor.two@demo.ladder.test',
    daysAgo: 120,
    scores: {
      'person-centred-approach': 4,
      'promoting-autonomy': 4,
      'action-planning-goal-setting': 3,
      'managing-setbacks-problem-solving': 4,
      'supporting-competence-self-efficacy': 3,
      'self-monitoring': 3,
    },
    strengths: 'Handled a setback calmly and helped the person plan around it.',
    developmentAreas: 'Encourage the person to keep their own record of progress between sessions.',
    agreedActions: 'Introduce a simple self-monitoring diary at the next session.',
  },
];

export const itemIdOf = (key: AssessedCompetencyKey): string =>
  ASSESSED_COMPETENCIES.find((competency) => competency.key === key)!.itemId;
