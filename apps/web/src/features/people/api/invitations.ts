import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { CreateInvitationDto, InvitationView } from '../../../lib/api/schema.gen';
import { apiGet, apiSend } from '../../../lib/api/client';

export type NewInvitation = CreateInvitationDto;

/** A pending invitation, as the organisation's employer admins see it. */
export type PendingInvitation = InvitationView;

export function fetchPendingInvitations(signal?: AbortSignal): Promise<PendingInvitation[]> {
  return apiGet('/api/invitations', { signal });
}

export const pendingInvitationsQuery = () =>
  queryOptions({
    queryKey: ['invitations', 'pending'] as const,
    // Others change this (an invitation is accepted, an admin in another tab): ask again on every visit.
    staleTime: 0,
    queryFn: ({ signal }) => fetchPendingInvitations(signal),
  });

export function usePendingInvitations() {
  return useQuery(pendingInvitationsQuery());
}

export function createInvitation(invitation: NewInvitation): Promise<PendingInvitation> {
  return apiSend('post', '/api/invitations', {}, invitation);
}

/** Sends the invitation email; the pending list refreshes. */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingInvitationsQuery().queryKey }),
  });
}
