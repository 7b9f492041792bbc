import { NHSE_SPLW_2023, SOMERSET_2021, WALES_SP_2023, type FrameworkVersion } from '@ladder/competencies';
import type { FrameworkSummaryView as FrameworkSummary, FrameworkVersionView } from '../../../lib/api/schema.gen';
import type { ObservationPlanView } from '../api/observation-plan';
import type { ObservationDetailView, ObservationItemView } from '../api/observations';

/** API answers built from Ladder's real framework data, shaped as the API serves them. */
export function versionView(version: FrameworkVersion): FrameworkVersionView {
  return { ...version, current: true, crosswalk: { version: '1', notice: '', entries: [] } };
}

export const FRAMEWORK_SUMMARIES: FrameworkSummary[] = [SOMERSET_2021, NHSE_SPLW_2023, WALES_SP_2023].map(
  (version) => ({
    key: version.key,
    title: version.title,
    publisher: version.publisher,
    currentVersion: version.version,
    versions: [{ version: version.version, status: version.status, publishedOn: version.publishedOn, current: true }],
  }),
);

export const FRAMEWORK_ROUTES = {
  'GET /api/frameworks': { body: FRAMEWORK_SUMMARIES },
  [`GET /api/frameworks/somerset/versions/${SOMERSET_2021.version}`]: { body: versionView(SOMERSET_2021) },
  'GET /api/frameworks/somerset/versions/current': { body: versionView(SOMERSET_2021) },
  [`GET /api/frameworks/nhse-splw/versions/${NHSE_SPLW_2023.version}`]: { body: versionView(NHSE_SPLW_2023) },
  [`GET /api/frameworks/wales-sp/versions/${WALES_SP_2023.version}`]: { body: versionView(WALES_SP_2023) },
};

export const ALEX = { id: '7d3f3c2e-0000-4000-8000-000000000302', fullName: 'Alex Morgan' };
export const SAM_ID = '7d3f3c2e-0000-4000-8000-000000000301';
export const TOM_ID = '7d3f3c2e-0000-4000-8000-000000000201';
export const OBSERVATION_ID = '0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f01';

export const SCSE = 'somerset:ac.supporting-competence-self-efficacy';
export const SELF_MONITORING = 'somerset:ac.self-monitoring';
export const PROMOTING_AUTONOMY = 'somerset:ac.promoting-autonomy';

export const GUIDANCE: ObservationPlanView['guidance'] = {
  whatWillBeObserved:
    'Your supervisor will observe a session of your practice and score it, 0 to 5, against: Supporting Competence & Self Efficacy.\n\nNHS England, Annex B:\n\n“Frequency of use can be decided between SPLW and supervisor.”',
  howScoringWorks:
    'Somerset (2021.1):\n\nTable 2: Competency scoring system\n0 Absence: Absence of and/ or highly inappropriate performance of skill',
  consent:
    'Before the session, ask the person you are supporting whether they agree.\n\nWales 2.2:\n\n“An ability to give people the information they need, for example:\n- what the meetings would involve”',
  keyFeatures: [],
};

export const PLAN: ObservationPlanView = {
  worker: ALEX,
  framework: { key: 'somerset', version: SOMERSET_2021.version },
  proposedItemIds: [PROMOTING_AUTONOMY, SCSE, SELF_MONITORING],
  guidance: GUIDANCE,
};

export const PLAN_ROUTE = { [`GET /api/observations/plan?workerId=${ALEX.id}`]: { body: PLAN } };

const item = (itemId: string, extra: Partial<ObservationItemView> = {}): ObservationItemView => ({
  itemId,
  score: null,
  notObserved: false,
  evidenceNotes: '',
  ...extra,
});

export { item };

/** A draft of Alex's observation: Supporting Competence & Self Efficacy and Self-Monitoring, unscored. */
export function draft(extra: Partial<ObservationDetailView> = {}): ObservationDetailView {
  return {
    id: OBSERVATION_ID,
    workerId: ALEX.id,
    workerName: ALEX.fullName,
    supervisorId: TOM_ID,
    supervisorName: 'Dr Tom Hughes',
    plannedById: TOM_ID,
    variant: 'standard',
    frameworkKey: 'somerset',
    frameworkVersion: SOMERSET_2021.version,
    observedOn: '2026-03-02',
    setting: 'face-to-face',
    status: 'draft',
    revision: 3,
    consentConfirmed: false,
    items: [item(SCSE), item(SELF_MONITORING)],
    strengths: '',
    developmentAreas: '',
    agreedActions: '',
    signedOffById: null,
    signedOffByName: null,
    signedOffAt: null,
    amends: null,
    supersededBy: null,
    acknowledgement: null,
    possibleIdentifiers: [],
    history: [],
    ...extra,
  };
}

/** The same observation, ready to sign off: one score, one not observed, notes, consent. */
export function readyDraft(extra: Partial<ObservationDetailView> = {}): ObservationDetailView {
  return draft({
    items: [
      item(SCSE, { score: 3, evidenceNotes: 'Broke the goal into weekly steps.' }),
      item(SELF_MONITORING, { notObserved: true }),
    ],
    strengths: 'Clear feedback.',
    developmentAreas: 'Check understanding.',
    agreedActions: 'Use scaling questions.',
    consentConfirmed: true,
    ...extra,
  });
}

export function signedOff(extra: Partial<ObservationDetailView> = {}): ObservationDetailView {
  return readyDraft({
    status: 'signed-off',
    revision: 4,
    signedOffById: TOM_ID,
    signedOffByName: 'Dr Tom Hughes',
    signedOffAt: '2026-03-02T14:05:00.000Z',
    history: [{ id: OBSERVATION_ID, signedOffAt: '2026-03-02T14:05:00.000Z', reason: null }],
    ...extra,
  });
}

export const OBSERVATION_URL = `/api/observations/${OBSERVATION_ID}`;
