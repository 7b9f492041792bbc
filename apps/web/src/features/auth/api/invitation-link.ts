import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AcceptedInvitationView, NewPasswordDto, PublicInvitationView } from '../../../lib/api/schema.gen';
import { apiGet, apiSend } from '../../../lib/api/client';

/** What an invitation link's page shows before the person chooses a password. */
export type InvitationLink = PublicInvitationView;

export function fetchInvitationLink(token: string, signal?: AbortSignal): Promise<InvitationLink> {
  return apiGet('/api/invitations/{token}', { path: { token }, signal });
}

/** Keyed apart from the admin's `['invitations', …]` lists: this is the public view of one link. */
export const invitationLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitation-link', token] as const,
    queryFn: ({ signal }) => fetchInvitationLink(token, signal),
    staleTime: Infinity,
  });

export function useInvitationLink(token: string) {
  return useQuery(invitationLinkQuery(token));
}

export function acceptInvitation(token: string, password: string): Promise<AcceptedInvitationView> {
  const body: NewPasswordDto = { password };
  return apiSend('post', '/api/invitations/{token}/accept', { path: { token } }, body);
}

/** Creates the account; the link is used up, so its cached view goes. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => acceptInvitation(token, password),
    onSuccess: () => queryClient.removeQueries({ queryKey: invitationLinkQuery(token).queryKey }),
  });
}
