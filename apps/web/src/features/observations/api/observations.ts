import type { FrameworkKey } from '@ladder/competencies';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';

export const OBSERVATION_SETTINGS = ['face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community'] as const;
export type ObservationSetting = (typeof OBSERVATION_SETTINGS)[number];

export const OBSERVATION_VARIANTS = ['standard', 'community-development'] as const;
export type ObservationVariant = (typeof OBSERVATION_VARIANTS)[number];

export type ObservationStatus = 'draft' | 'signed-off';

export type PossibleIdentifierKind = 'nhs-number' | 'date-of-birth' | 'postcode-with-name';

/** Where free text looks like a patient identifier: `strengths`, `items.2.evidenceNotes`, `comment`… */
export interface PossibleIdentifier {
  field: string;
  kind: PossibleIdentifierKind;
}

export interface ObservationItemView {
  itemId: string;
  /** 0–5, or null while not scored (or marked not observed). */
  score: number | null;
  notObserved: boolean;
  evidenceNotes: string;
}

/** An observation as the API shows it (`ObservationView` in the API docs). */
export interface ObservationView {
  id: string;
  workerId: string;
  workerName: string;
  supervisorId: string | null;
  supervisorName: string | null;
  plannedById: string;
  variant: ObservationVariant;
  frameworkKey: FrameworkKey;
  frameworkVersion: string;
  observedOn: string;
  setting: ObservationSetting;
  status: ObservationStatus;
  /** Sent back with every draft save and the sign-off: a stale one is a 409. */
  revision: number;
  consentConfirmed: boolean;
  /** The planned items, in sheet order. */
  items: ObservationItemView[];
  strengths: string;
  developmentAreas: string;
  agreedActions: string;
  signedOffById: string | null;
  signedOffByName: string | null;
  signedOffAt: string | null;
  amends: { observationId: string; reason: string } | null;
  supersededBy: string | null;
  acknowledgement: { acknowledgedAt: string; comment: string } | null;
  possibleIdentifiers: PossibleIdentifier[];
}

export interface ObservationHistoryEntry {
  id: string;
  signedOffAt: string | null;
  /** Why it was amended; null for the original. */
  reason: string | null;
}

/** One observation with its amendment chain, oldest first (empty for a draft). */
export interface ObservationDetailView extends ObservationView {
  history: ObservationHistoryEntry[];
}

/**
 * Draft saves still on their way to the API, by observation. Reading an observation waits for
 * its save first, so someone who leaves the scoring page mid-save and comes straight back reads
 * what they typed, at the revision the save produced.
 */
const savesInFlight = new Map<string, Promise<unknown>>();

export function trackSave<T>(observationId: string, save: Promise<T>): Promise<T> {
  const settled = save.then(
    () => undefined,
    () => undefined,
  );
  savesInFlight.set(observationId, settled);
  void settled.then(() => {
    if (savesInFlight.get(observationId) === settled) savesInFlight.delete(observationId);
  });
  return save;
}

export async function fetchObservation(id: string, signal?: AbortSignal): Promise<ObservationDetailView> {
  await savesInFlight.get(id);
  return getJson<ObservationDetailView>(`/api/observations/${encodeURIComponent(id)}`, signal);
}

export const OBSERVATIONS_KEY = ['observations'] as const;

/** One observation. Drafts change under autosave (and in other tabs), so every visit asks again. */
export const observationQuery = (id: string) =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'detail', id] as const,
    queryFn: ({ signal }) => fetchObservation(id, signal),
    staleTime: 0,
    retry: retryUnlessClientError,
  });

export function useObservation(id: string) {
  return useQuery(observationQuery(id));
}

export function fetchWorkerObservations(workerId: string, signal?: AbortSignal): Promise<ObservationView[]> {
  return getJson<ObservationView[]>(`/api/observations?workerId=${encodeURIComponent(workerId)}`, signal);
}

/** A worker's observations, newest first, amended versions included. */
export const workerObservationsQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'worker', workerId] as const,
    queryFn: ({ signal }) => fetchWorkerObservations(workerId, signal),
    staleTime: 0,
    retry: retryUnlessClientError,
  });

export function useWorkerObservations(workerId: string) {
  return useQuery(workerObservationsQuery(workerId));
}
