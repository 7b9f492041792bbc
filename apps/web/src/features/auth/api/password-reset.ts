import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NewPasswordDto,
  PasswordResetLinkView,
  PasswordResetRequestedView,
  RequestPasswordResetDto,
} from '../../../lib/api/schema.gen';
import { apiGet, apiSend } from '../../../lib/api/client';

export function requestPasswordReset(email: string): Promise<PasswordResetRequestedView> {
  const body: RequestPasswordResetDto = { email };
  return apiSend('post', '/api/auth/password-reset', {}, body);
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function fetchPasswordResetLink(token: string, signal?: AbortSignal): Promise<PasswordResetLinkView> {
  return apiGet('/api/auth/password-reset/{token}', { path: { token }, signal });
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
  return apiSend('post', '/api/auth/password-reset/{token}', { path: { token } }, body);
}

/** Sets the new password; the link is used up, so its cached view goes. */
export function useResetPassword(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => resetPassword(token, password),
    onSuccess: () => queryClient.removeQueries({ queryKey: passwordResetLinkQuery(token).queryKey }),
  });
}
