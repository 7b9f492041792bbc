import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postJson } from '../../../lib/http';
import { meQuery } from './me';

export interface TotpSetup {
  /** Base32, for typing into an authenticator app. */
  secret: string;
  /** The same secret as an `otpauth://` address. */
  otpauthUrl: string;
}

export function startTotpSetup(): Promise<TotpSetup> {
  return postJson<TotpSetup>('/api/auth/totp/setup');
}

export function enableTotp(code: string): Promise<{ recoveryCodes: string[] }> {
  return postJson<{ recoveryCodes: string[] }>('/api/auth/totp/enable', { code });
}

export function disableTotp(code: string): Promise<void> {
  return postJson<void>('/api/auth/totp/disable', { code });
}

/** A new secret to add to the authenticator app; pending until confirmed with a code. */
export function useStartTotpSetup() {
  return useMutation({ mutationFn: startTotpSetup });
}

/** Confirms the new secret; the signed-in person now has two-step verification on. */
export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQuery().queryKey }),
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQuery().queryKey }),
  });
}
