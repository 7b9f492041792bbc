import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type {
  AssignmentView,
  CreateSupervisionAssignmentDto,
  EndSupervisionAssignmentDto,
} from '../../../lib/api/schema.gen';
import { peopleQuery } from './people';
import { apiGet, apiSend } from '../../../lib/api/client';

export type SupervisionAssignment = AssignmentView;
export type NewSupervisionAssignment = CreateSupervisionAssignmentDto;

/** Every assignment in the organisation (employer admins), or the supervisor's own. */
export function fetchSupervisionAssignments(signal?: AbortSignal): Promise<SupervisionAssignment[]> {
  return apiGet('/api/supervision-assignments', { signal });
}

export const supervisionAssignmentsQuery = () =>
  queryOptions({
    queryKey: ['supervision-assignments'] as const,
    // Others change this (an invitation is accepted, an admin in another tab): ask again on every visit.
    staleTime: 0,
    queryFn: ({ signal }) => fetchSupervisionAssignments(signal),
  });

export function useSupervisionAssignments(enabled = true) {
  return useQuery({ ...supervisionAssignmentsQuery(), enabled });
}

export function createSupervisionAssignment(assignment: NewSupervisionAssignment): Promise<SupervisionAssignment> {
  return apiSend('post', '/api/supervision-assignments', {}, assignment);
}

export function endSupervisionAssignment(id: string, endsOn: string): Promise<SupervisionAssignment> {
  const body: EndSupervisionAssignmentDto = { endsOn };
  return apiSend('patch', '/api/supervision-assignments/{id}', { path: { id } }, body);
}

/**
 * Assignments decide who a supervisor sees, so a change refreshes the
 * assignments and the people lists too.
 */
function useInvalidateAssignments() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: supervisionAssignmentsQuery().queryKey }),
      queryClient.invalidateQueries({ queryKey: peopleQuery().queryKey }),
    ]);
}

export function useCreateSupervisionAssignment() {
  const invalidate = useInvalidateAssignments();
  return useMutation({ mutationFn: createSupervisionAssignment, onSuccess: invalidate });
}

export function useEndSupervisionAssignment() {
  const invalidate = useInvalidateAssignments();
  return useMutation({
    mutationFn: ({ id, endsOn }: { id: string; endsOn: string }) => endSupervisionAssignment(id, endsOn),
    onSuccess: invalidate,
  });
}
