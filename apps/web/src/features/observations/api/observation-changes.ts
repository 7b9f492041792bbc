import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  AcknowledgeObservationDto,
  AmendObservationDto,
  CreateObservationDto,
  ObservationItemInputDto,
  SignOffObservationDto,
  UpdateObservationDto,
} from '../../../lib/api/schema.gen';

import {
  OBSERVATIONS_KEY,
  observationQuery,
  trackSave,
  type ObservationDetailView,
  type ObservationView,
} from './observations';
import { apiSend } from '../../../lib/api/client';

export type NewObservation = CreateObservationDto;
/** A change to one planned item; what is left out stays as stored. */
export type ItemChange = ObservationItemInputDto;
/** A draft save (`PUT /api/observations/{id}`): only what is given changes. */
export type DraftChanges = UpdateObservationDto;
export type Amendment = AmendObservationDto;
export type Acknowledgement = AcknowledgeObservationDto;

export function createObservation(observation: NewObservation): Promise<ObservationView> {
  return apiSend('post', '/api/observations', {}, observation);
}

/** Saves a draft; a read of the observation started meanwhile waits for it (see `trackSave`). */
export function saveDraft(id: string, changes: DraftChanges): Promise<ObservationView> {
  return trackSave(id, apiSend('put', '/api/observations/{id}', { path: { id } }, changes));
}

export function signOffObservation(id: string, signOff: SignOffObservationDto): Promise<ObservationView> {
  return apiSend('post', '/api/observations/{id}/sign-off', { path: { id } }, signOff);
}

export function amendObservation(id: string, amendment: Amendment): Promise<ObservationView> {
  return apiSend('post', '/api/observations/{id}/amendments', { path: { id } }, amendment);
}

export function acknowledgeObservation(id: string, acknowledgement: Acknowledgement): Promise<ObservationView> {
  return apiSend('post', '/api/observations/{id}/acknowledgement', { path: { id } }, acknowledgement);
}

/** The cached observation, updated in place with what a save answered (its history is unchanged by a save). */
export function useRememberSavedDraft() {
  const queryClient = useQueryClient();
  return useCallback(
    (view: ObservationView) =>
      queryClient.setQueryData(observationQuery(view.id).queryKey, (previous: ObservationDetailView | undefined) => ({
        history: [],
        ...previous,
        ...view,
      })),
    [queryClient],
  );
}

/**
 * Every observation query (lists, plans, details) asks again: a change to one changes the others.
 * Not awaited: the page that made the change moves on at once (with its success message), rather
 * than first re-rendering with the refetched data (a signed-off observation would send check your
 * answers away by itself).
 */
function useInvalidateObservations() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: OBSERVATIONS_KEY });
  };
}

export function useCreateObservation() {
  const invalidate = useInvalidateObservations();
  return useMutation({ mutationFn: createObservation, onSuccess: invalidate });
}

export function useSignOffObservation(id: string) {
  const invalidate = useInvalidateObservations();
  return useMutation({
    mutationFn: (signOff: SignOffObservationDto) => signOffObservation(id, signOff),
    onSuccess: invalidate,
  });
}

export function useAmendObservation(id: string) {
  const invalidate = useInvalidateObservations();
  return useMutation({
    mutationFn: (amendment: Amendment) => amendObservation(id, amendment),
    onSuccess: invalidate,
  });
}

export function useAcknowledgeObservation(id: string) {
  const invalidate = useInvalidateObservations();
  return useMutation({
    mutationFn: (acknowledgement: Acknowledgement) => acknowledgeObservation(id, acknowledgement),
    onSuccess: invalidate,
  });
}
