import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DisableTotpDto, EnableTotpDto, RecoveryCodesView, TotpSetupView } from '../../../lib/api/schema.gen';

import { meQuery } from '../../../lib/api/me';
import { apiSend } from '../../../lib/api/client';

export type TotpSetup = TotpSetupView;

export function startTotpSetup(): Promise<TotpSetup> {
  return apiSend('post', '/api/auth/totp/setup', {}, undefined);
}

export function enableTotp(code: string): Promise<RecoveryCodesView> {
  const body: EnableTotpDto = { code };
  return apiSend('post', '/api/auth/totp/enable', {}, body);
}

export function disableTotp(code: string): Promise<void> {
  const body: DisableTotpDto = { code };
  return apiSend('post', '/api/auth/totp/disable', {}, body);
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
