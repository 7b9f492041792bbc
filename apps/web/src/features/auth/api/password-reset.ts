import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NewPasswordDto,
  PasswordResetLinkView,
  PasswordResetRequestedView,
  RequestPasswordResetDto,
} from '../../../lib/api/schema.gen';
import { getJson, postJson } from '../../../lib/http';

export function requestPasswordReset(email: string): Promise<PasswordResetRequestedView> {
  const body: RequestPasswordResetDto = { email };
  return postJson<PasswordResetRequestedView>('/api/auth/password-reset', body);
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function fetchPasswordResetLink(token: string, signal?: AbortSignal): Promise<PasswordResetLinkView> {
  return getJson<PasswordResetLinkView>(`/api/auth/password-reset/${encodeURIComponent(token)}`, signal);
}

export const passwordResetLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['password-reset-link', token] as const,
    queryFn: ({ signal }) => fetchPasswordResetLink(token, signal),
    staleTime: Infinity,
  });

export function usePasswordResetLink(token: string) {
  return useQuery(passwordResetLinkQuery(token));
}

export function resetPassword(token: string, password: string): Promise<void> {
  const body: NewPasswordDto = { password };
  return postJson<void>(`/api/auth/password-reset/${encodeURIComponent(token)}`, body);
}

/** Sets the new password; the link is used up, so its cached view goes. */
export function useResetPassword(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => resetPassword(token, password),
    onSuccess: () => queryClient.removeQueries({ queryKey: passwordResetLinkQuery(token).queryKey }),
  });
}
