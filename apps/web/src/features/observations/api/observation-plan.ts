import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KeyFeaturesView, ObservationPlanView } from '../../../lib/api/schema.gen';

import { OBSERVATIONS_KEY } from './observations';
import { apiGet } from '../../../lib/api/client';

export type KeyFeatures = KeyFeaturesView;
/** `GET /api/observations/plan?workerId=`: what to observe next and the guidance to read first. */
export type { ObservationPlanView };

export function fetchObservationPlan(workerId: string, signal?: AbortSignal): Promise<ObservationPlanView> {
  return apiGet('/api/observations/plan', { query: { workerId }, signal });
}

/** The proposal follows the worker's level, which each sign-off can change: ask again on every visit. */
export const observationPlanQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...OBSERVATIONS_KEY, 'plan', workerId] as const,
    queryFn: ({ signal }) => fetchObservationPlan(workerId, signal),
    staleTime: 0,
  });

export function useObservationPlan(workerId: string, enabled = true) {
  return useQuery({ ...observationPlanQuery(workerId), enabled });
}
