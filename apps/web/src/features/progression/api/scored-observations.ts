import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ObservationItemView, ObservationView } from '../../../lib/api/schema.gen';
import { PROGRESSION_KEY } from './progression';
import { apiGet } from '../../../lib/api/client';

/** What the score history reads of an observation (`GET /api/observations?workerId=` gives more). */
export type ScoredObservation = Pick<
  ObservationView,
  'id' | 'status' | 'observedOn' | 'signedOffAt' | 'supersededBy'
> & {
  items: Pick<ObservationItemView, 'itemId' | 'score' | 'notObserved'>[];
};

export function fetchScoredObservations(workerId: string, signal?: AbortSignal): Promise<ScoredObservation[]> {
  return apiGet('/api/observations', { query: { workerId }, signal });
}

/** The worker's observations, for each competency's score history. */
export const scoredObservationsQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...PROGRESSION_KEY, workerId, 'observations'] as const,
    queryFn: ({ signal }) => fetchScoredObservations(workerId, signal),
    staleTime: 0,
  });

export function useScoredObservations(workerId: string) {
  return useQuery(scoredObservationsQuery(workerId));
}
