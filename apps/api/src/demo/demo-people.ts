/**
 * The demo organisation loaded in demo mode: one employer admin, two
 * supervisors and four link workers. Ids are fixed so loading is idempotent.
 */
export const DEMO_PASSWORD = 'ladder-demo-2026';

export const DEMO_ORGANISATION = {
  id: '7d3f3c2e-0000-4000-8000-000000000001',
  name: 'Mendip Demo Primary Care Network',
  kind: 'pcn',
} as const;

export interface DemoPerson {
  id: string;
  email: string;
  fullName: string;
  jobTitle: string;
  roles: string[];
  supervisionTypes: string[];
  experienceStartDate: string | null;
  employmentStartDate: string | null;
}

/** Publishes framework versions and pay years; belongs to no organisation. */
export const DEMO_PLATFORM_ADMIN: DemoPerson = {
  id: '7d3f3c2e-0000-4000-8000-000000000901',
  email: 'platform@demo.ladder.test',
  fullName: 'Morgan Reid',
  jobTitle: 'Ladder Platform Administrator',
  roles: [],
  supervisionTypes: [],
  experienceStartDate: null,
  employmentStartDate: null,
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: '7d3f3c2e-0000-4000-8000-000000000101',
    email: 'admin@demo.ladder.test',
    fullName: 'Priya Shah',
    jobTitle: 'Social Prescribing Service Manager',
    roles: ['employer_admin'],
    supervisionTypes: [],
    experienceStartDate: null,
    employmentStartDate: '2021-04-01',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000201',
    email: 'supervisor.one@demo.ladder.test',
    fullName: 'Dr Tom Hughes',
    jobTitle: 'GP and Clinical Supervisor',
    roles: ['supervisor'],
    supervisionTypes: ['clinical'],
    experienceStartDate: null,
    employmentStartDate: '2019-09-01',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000202',
    email: 'supervisor.two@demo.ladder.test',
    fullName: 'Grace Okafor',
    jobTitle: 'Social Prescribing Lead',
    roles: ['supervisor'],
    supervisionTypes: ['workplace', 'group'],
    experienceStartDate: null,
    employmentStartDate: '2020-01-06',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000301',
    email: 'sam.link@demo.ladder.test',
    fullName: 'Sam Patel',
    jobTitle: 'Social Prescribing Link Worker',
    roles: ['link_worker'],
    supervisionTypes: [],
    experienceStartDate: '2023-02-01',
    employmentStartDate: '2023-02-01',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000302',
    email: 'alex.link@demo.ladder.test',
    fullName: 'Alex Morgan',
    jobTitle: 'Social Prescribing Link Worker',
    roles: ['link_worker'],
    supervisionTypes: [],
    experienceStartDate: '2020-06-15',
    employmentStartDate: '2021-01-04',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000303',
    email: 'jo.coach@demo.ladder.test',
    fullName: 'Jo Evans',
    jobTitle: 'Health and Wellbeing Coach',
    roles: ['link_worker'],
    supervisionTypes: [],
    experienceStartDate: '2025-09-01',
    employmentStartDate: '2025-09-01',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000304',
    email: 'chris.care@demo.ladder.test',
    fullName: 'Chris Walker',
    jobTitle: 'Care Coordinator',
    roles: ['link_worker'],
    supervisionTypes: [],
    experienceStartDate: '2018-03-12',
    employmentStartDate: '2022-05-03',
  },
];

/** Who supervises whom in the demo organisation. */
export const DEMO_ASSIGNMENTS: readonly {
  id: string;
  supervisorEmail: string;
  workerEmail: string;
  supervisionType: 'workplace' | 'clinical' | 'group';
  startsOn: string;
}[] = [
  {
    id: '7d3f3c2e-0000-4000-8000-000000000501',
    supervisorEmail: 'supervisor.one@demo.ladder.test',
    workerEmail: 'sam.link@demo.ladder.test',
    supervisionType: 'clinical',
    startsOn: '2023-02-01',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000502',
    supervisorEmail: 'supervisor.one@demo.ladder.test',
    workerEmail: 'alex.link@demo.ladder.test',
    supervisionType: 'clinical',
    startsOn: '2021-01-04',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000503',
    supervisorEmail: 'supervisor.two@demo.ladder.test',
    workerEmail: 'jo.coach@demo.ladder.test',
    supervisionType: 'workplace',
    startsOn: '2025-09-01',
  },
  {
    id: '7d3f3c2e-0000-4000-8000-000000000504',
    supervisorEmail: 'supervisor.two@demo.ladder.test',
    workerEmail: 'chris.care@demo.ladder.test',
    supervisionType: 'workplace',
    startsOn: '2022-05-03',
  },
];
