/** Where the observation pages live. Ids are encoded: they come from the API, not from this app. */
export const observationPath = (id: string): string => `/observations/${encodeURIComponent(id)}`;
export const checkAnswersPath = (id: string): string => `${observationPath(id)}/check`;
export const amendPath = (id: string): string => `${observationPath(id)}/amend`;
export const planPath = (workerId: string): string => `/observations/new?workerId=${encodeURIComponent(workerId)}`;

/**
 * A worker's progress and observations (the progression feature's page). Features do not import
 * each other, so the address is repeated here; the route table in App.tsx is the one that serves it.
 */
export const workerProgressPath = (workerId: string): string => `/people/${encodeURIComponent(workerId)}/progression`;

/** The anchor of an item's scoring fieldset on the scoring page, for "Change" links and the error summary. */
export const itemAnchor = (index: number): string => `item-${index}`;
export const scoreInputId = (index: number, score: number | 'not-observed'): string => `item-${index}-score-${score}`;
export const evidenceInputId = (index: number): string => `item-${index}-evidence`;
export const settingInputId = (setting: string): string => `setting-${setting}`;
