import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgressionResultView } from '../../../lib/api/schema.gen';
import { apiGet } from '../../../lib/api/client';

export type ProgressionResult = ProgressionResultView;

/** A worker's progression from their stored records (`GET /api/people/{id}/progression`), today. */
export function fetchProgression(workerId: string, signal?: AbortSignal): Promise<ProgressionResult> {
  return apiGet('/api/people/{id}/progression', { path: { id: workerId }, signal });
}

export const PROGRESSION_KEY = ['progression'] as const;

/** Every sign-off can change it (made by someone else, elsewhere): ask again on every visit. */
export const progressionQuery = (workerId: string) =>
  queryOptions({
    queryKey: [...PROGRESSION_KEY, workerId] as const,
    queryFn: ({ signal }) => fetchProgression(workerId, signal),
    staleTime: 0,
  });

export function useProgression(workerId: string) {
  return useQuery(progressionQuery(workerId));
}
