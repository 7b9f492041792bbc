import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  observationViewSettingValues,
  observationViewVariantValues,
  type ObservationDetailView,
  type ObservationHistoryEntryView,
  type ObservationItemView,
  type ObservationView,
  type PossibleIdentifierView,
} from '../../../lib/api/schema.gen';
import { apiGet } from '../../../lib/api/client';

/** In the API's order (the generated document's enumerations). */
export const OBSERVATION_SETTINGS = observationViewSettingValues;
export const OBSERVATION_VARIANTS = observationViewVariantValues;

export type ObservationSetting = ObservationView['setting'];
export type ObservationVariant = ObservationView['variant'];
export type ObservationStatus = ObservationView['status'];
/** Where free text looks like a patient identifier: `strengths`, `items.2.evidenceNotes`, `comment`… */
export type PossibleIdentifier = PossibleIdentifierView;
export type PossibleIdentifierKind = PossibleIdentifierView['kind'];
export type ObservationHistoryEntry = ObservationHistoryEntryView;
export type { ObservationDetailView, ObservationItemView, ObservationView };

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
  return apiGet('/api/observations/{id}', { path: { id }, signal });
}

export const OBSERVATIONS_KEY = ['observations'] as const;

/** One observation. Drafts change under autosave (and in other tabs), so every visit asks again. */
export const observationQuery = (id: string) =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'detail', id] as const,
    queryFn: ({ signal }) => fetchObservation(id, signal),
    staleTime: 0,
  });

export function useObservation(id: string) {
  return useQuery(observationQuery(id));
}

export function fetchWorkerObservations(workerId: string, signal?: AbortSignal): Promise<ObservationView[]> {
  return apiGet('/api/observations', { query: { workerId }, signal });
}

/** A worker's observations, newest first, amended versions included. */
export const workerObservationsQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'worker', workerId] as const,
    queryFn: ({ signal }) => fetchWorkerObservations(workerId, signal),
    staleTime: 0,
  });

export function useWorkerObservations(workerId: string) {
  return useQuery(workerObservationsQuery(workerId));
}
