import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson, postJson } from '../../../lib/http';

export function requestPasswordReset(email: string): Promise<{ message: string }> {
  return postJson<{ message: string }>('/api/auth/password-reset', { email });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function fetchPasswordResetLink(token: string, signal?: AbortSignal): Promise<{ email: string }> {
  return getJson<{ email: string }>(`/api/auth/password-reset/${encodeURIComponent(token)}`, signal);
}

export const passwordResetLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['password-reset-link', token] as const,
    queryFn: ({ signal }) => fetchPasswordResetLink(token, signal),
    retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 1,
    staleTime: Infinity,
  });

export function usePasswordResetLink(token: string) {
  return useQuery(passwordResetLinkQuery(token));
}

export function resetPassword(token: string, password: string): Promise<void> {
  return postJson<void>(`/api/auth/password-reset/${encodeURIComponent(token)}`, { password });
}

/** Sets the new password; the link is used up, so its cached view goes. */
export function useResetPassword(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => resetPassword(token, password),
    onSuccess: () => queryClient.removeQueries({ queryKey: passwordResetLinkQuery(token).queryKey }),
  });
}
