import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/http';
import { retryUnlessClientError } from '../../../lib/retry';
import { PROGRESSION_KEY } from './progression';

/** What the score history needs of an observation (`GET /api/observations?workerId=` gives more). */
export interface ScoredObservation {
  id: string;
  status: 'draft' | 'signed-off';
  observedOn: string;
  signedOffAt: string | null;
  /** Set when an amendment replaces it: the history shows the amendment instead. */
  supersededBy: string | null;
  items: { itemId: string; score: number | null; notObserved: boolean }[];
}

export function fetchScoredObservations(workerId: string, signal?: AbortSignal): Promise<ScoredObservation[]> {
  return getJson<ScoredObservation[]>(`/api/observations?workerId=${encodeURIComponent(workerId)}`, signal);
}

/** The worker's observations, for each competency's score history. */
export const scoredObservationsQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...PROGRESSION_KEY, workerId, 'observations'] as const,
    queryFn: ({ signal }) => fetchScoredObservations(workerId, signal),
    staleTime: 0,
    retry: retryUnlessClientError,
  });

export function useScoredObservations(workerId: string) {
  return useQuery(scoredObservationsQuery(workerId));
}
