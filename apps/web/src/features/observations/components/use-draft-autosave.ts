import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/http';
import { saveDraft, useRememberSavedDraft, type DraftChanges } from '../api/observation-changes';
import type { ObservationView, PossibleIdentifier } from '../api/observations';
import { draftChanges, formOf, hasChanges, possibleIdentifiersIn, valuesOf, type DraftForm } from '../model/draft';

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; lastSavedAt: Date | null }
  | { kind: 'saved'; at: Date }
  /** Saved elsewhere since it was read (another tab, another supervisor): nothing more is sent until a reload. */
  | { kind: 'conflict'; message: string }
  /** Text looks like a patient identifier: nothing more is sent until it is edited or confirmed. */
  | { kind: 'identifiers'; found: PossibleIdentifier[]; sentItemIds: string[] }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'failed'; message: string };

function stateFor(error: unknown, changes: Omit<DraftChanges, 'revision'>): SaveState {
  if (error instanceof ApiError) {
    if (error.status === 409) return { kind: 'conflict', message: error.message };
    const found = error.status === 422 ? possibleIdentifiersIn(error.body) : null;
    if (found && found.length > 0) {
      return { kind: 'identifiers', found, sentItemIds: (changes.items ?? []).map((item) => item.itemId) };
    }
    if (error.status === 400)
      return { kind: 'invalid', messages: error.errors.length ? error.errors : [error.message] };
    if (error.status < 500) return { kind: 'failed', message: error.message };
  }
  return {
    kind: 'failed',
    message:
      'Your latest changes have not been saved. Check your connection; Ladder tries again when you next make a change.',
  };
}

/**
 * The scoring form's state, saved as the supervisor goes: a PUT with the revision last read,
 * `delayMs` after the last change, carrying only what changed. One save at a time; changes made
 * meanwhile go in the next. Leaving the page (or the tab going into the background) saves at
 * once, so nothing typed is lost. A 409 stops saving until the page is reloaded; a 422 about
 * possible identifiers stops it until the text is edited or `confirmIdentifiers` is called.
 */
export function useDraftAutosave(observation: ObservationView, delayMs = AUTOSAVE_DELAY_MS) {
  const [observationId] = useState(observation.id);
  const [itemIds] = useState(() => observation.items.map((item) => item.itemId));
  const [form, setForm] = useState<DraftForm>(() => formOf(valuesOf(observation)));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const formRef = useRef(form);
  const saved = useRef(valuesOf(observation));
  const revision = useRef(observation.revision);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const paused = useRef<'conflict' | 'identifiers' | null>(null);
  const lastSavedAt = useRef<Date | null>(null);
  const remember = useRememberSavedDraft();
  const { mutateAsync } = useMutation({
    mutationFn: (changes: DraftChanges) => saveDraft(observationId, changes),
  });

  useEffect(() => {
    formRef.current = form;
  }, [form]);

  /** Saves whatever has changed; resolves to whether everything typed so far is now saved. */
  const save = useCallback(
    async (confirmIdentifiers = false): Promise<boolean> => {
      while (inFlight.current) await inFlight.current;
      if (paused.current === 'conflict') return false;
      if (paused.current === 'identifiers' && !confirmIdentifiers) return false;
      const { changes, next } = draftChanges(saved.current, formRef.current, itemIds);
      if (!hasChanges(changes)) return true;
      paused.current = null;
      setState({ kind: 'saving', lastSavedAt: lastSavedAt.current });
      const body: DraftChanges = {
        revision: revision.current,
        ...changes,
        ...(confirmIdentifiers ? { confirmPossibleIdentifiers: true } : {}),
      };
      const attempt = mutateAsync(body).then(
        (view: ObservationView) => {
          revision.current = view.revision;
          saved.current = next;
          lastSavedAt.current = new Date();
          remember(view);
          setState({ kind: 'saved', at: lastSavedAt.current });
          return true;
        },
        (error: unknown) => {
          const failed = stateFor(error, changes);
          if (failed.kind === 'conflict' || failed.kind === 'identifiers') paused.current = failed.kind;
          setState(failed);
          return false;
        },
      );
      inFlight.current = attempt;
      try {
        return await attempt;
      } finally {
        inFlight.current = null;
      }
    },
    [itemIds, mutateAsync, remember],
  );

  // Save once typing pauses.
  useEffect(() => {
    if (paused.current) return;
    const timer = setTimeout(() => void save(), delayMs);
    return () => clearTimeout(timer);
  }, [form, save, delayMs]);

  // Save at once when the tab goes into the background, and when the page is left.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void save();
    };
  }, [save]);

  /** Changes the form; editing after an identifier warning lets saving go on (the API checks again). */
  const update = useCallback((change: (previous: DraftForm) => DraftForm) => {
    setForm(change);
    if (paused.current === 'identifiers') {
      paused.current = null;
      setState({ kind: 'idle' });
    }
  }, []);

  const confirmIdentifiers = useCallback(() => save(true), [save]);

  return { form, update, state, save, confirmIdentifiers, itemIds };
}
