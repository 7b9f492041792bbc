import { Button, Checkboxes, Details, WarningCallout } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { PageHeading } from '../../../lib/components/PageHeading';
import { todayIso } from '../../../lib/dates';
import { errorFor, type FormProblem } from '../../../lib/field-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { ObservationPlanView } from '../api/observation-plan';
import type { ObservationView } from '../api/observations';
import type { Competency } from '../model/competencies';
import { CONSENT_INPUT_ID, fieldPlaces, identifierProblems, readinessProblems, type ItemDraft } from '../model/draft';
import { formatTime } from '../model/labels';
import { BackToProgress } from './BackToProgress';
import { GuidanceText } from './GuidanceText';
import { IdentifierWarning } from './IdentifierWarning';
import { ItemScoreFields } from './ItemScoreFields';
import { SummaryFields } from './SummaryFields';
import { useDraftAutosave, type SaveState } from './use-draft-autosave';
import { WhenAndWhereFields } from './WhenAndWhereFields';
import { paths } from '../../../config/paths';
import { evidenceInputId, scoreInputId } from '../model/field-ids';

export interface ScoreObservationProps {
  observation: ObservationView;
  /** The observation's items' competencies, in its order. */
  competencies: readonly Competency[];
  guidance: ObservationPlanView['guidance'] | undefined;
  /** Reads the latest version again and starts the form afresh from it (after a conflict). */
  onReload: () => void;
}

/** "Saved at 14:05", announced politely; nothing while nothing has been saved yet. */
function SaveStatus({ state }: { state: SaveState }) {
  let text = 'Your changes are saved as you go.';
  if (state.kind === 'saving') text = state.lastSavedAt ? `Saved at ${formatTime(state.lastSavedAt)}` : 'Saving…';
  if (state.kind === 'saved') text = `Saved at ${formatTime(state.at)}`;
  if (state.kind === 'conflict') {
    text = 'Your latest changes are not saved: this draft has been changed somewhere else. Reload the latest version.';
  }
  if (state.kind === 'identifiers') {
    text = 'Your latest changes are not saved: some text looks like it could identify someone. Edit it, or confirm it.';
  }
  if (state.kind === 'invalid') text = 'Your latest changes are not saved.';
  if (state.kind === 'failed') text = state.message;
  return (
    <p role="status" className="nhsuk-body-s nhsuk-u-secondary-text-colour" id="save-status">
      {text}
    </p>
  );
}

/**
 * `/observations/:id` for a supervisor while it is a draft: the scoring form, saved as they go.
 * Continue checks everything is scored (or not observed) and consent confirmed, saves, and goes
 * to check your answers.
 */
export function ScoreObservation({ observation, competencies, guidance, onReload }: ScoreObservationProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const { form, update, state, save, confirmIdentifiers, itemIds } = useDraftAutosave(observation);
  const { problems, attempt, fail, clear } = useFormProblems();
  // Bumped when Continue finds the last save refused: the warning saying why takes focus. An
  // autosave's refusal does not move focus (the person may be typing); the save status says it.
  const [focusRequest, setFocusRequest] = useState(0);
  const warnings = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0) (warnings.current?.firstElementChild as HTMLElement | null)?.focus();
  }, [focusRequest]);
  const names = competencies.map((competency) => competency.name);
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Score the observation of ${observation.workerName}`);

  // A "Change" link from check your answers (`#item-2`) lands on that competency.
  const landed = useRef(false);
  useEffect(() => {
    if (landed.current || !location.hash) return;
    landed.current = true;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView?.();
    target?.focus();
  }, [location.hash]);

  const identifierList =
    state.kind === 'identifiers' ? identifierProblems(state.found, fieldPlaces(itemIds, names, state.sentItemIds)) : [];
  const messageFor = (inputId: string) =>
    errorFor(problems, inputId) ?? identifierList.find((problem) => problem.field === inputId)?.message;

  const setItem = (index: number) => (next: ItemDraft) =>
    update((previous) => ({ ...previous, items: previous.items.map((item, at) => (at === index ? next : item)) }));

  const onContinue = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FormProblem[] = readinessProblems(form, names, todayIso());
    if (found.length > 0) return fail(found);
    clear();
    if (await save()) navigate(paths.checkObservation(observation.id));
    else setFocusRequest((count) => count + 1);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        <div ref={warnings}>
          {state.kind === 'conflict' && <ConflictWarning message={state.message} onReload={onReload} />}
          {state.kind === 'identifiers' && (
            <IdentifierWarning
              problems={identifierList}
              onConfirm={() => void confirmIdentifiers()}
              confirmLabel="Save the text as it is"
              autoFocus={false}
            />
          )}
        </div>
        {state.kind === 'invalid' && (
          <WarningCallout>
            <WarningCallout.Heading headingLevel="h2">Your latest changes were not saved</WarningCallout.Heading>
            <ul>
              {state.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </WarningCallout>
        )}
        <PageHeading caption={`Observation of ${observation.workerName}`}>Score the observation</PageHeading>
        <SaveStatus state={state} />
        {guidance && (
          <Details>
            <Details.Summary>How scoring works</Details.Summary>
            <Details.Text>
              <GuidanceText text={guidance.howScoringWorks} />
            </Details.Text>
          </Details>
        )}

        <form onSubmit={(event) => void onContinue(event)} noValidate>
          <WhenAndWhereFields
            observedOn={form.observedOn}
            setting={form.setting}
            dateHint="The day you observed the session."
            errorFor={messageFor}
            onObservedOnChange={(observedOn) => update((previous) => ({ ...previous, observedOn }))}
            onSettingChange={(setting) => update((previous) => ({ ...previous, setting }))}
          />

          {competencies.map((competency, index) => (
            <ItemScoreFields
              key={competency.id}
              index={index}
              competency={competency}
              value={form.items[index]}
              onChange={setItem(index)}
              scoreError={messageFor(scoreInputId(index, 0))}
              evidenceError={messageFor(evidenceInputId(index))}
            />
          ))}

          <SummaryFields
            values={form}
            errorFor={messageFor}
            onChange={(field, value) => update((previous) => ({ ...previous, [field]: value }))}
          />

          <Checkboxes
            id="consent-group"
            name="consent"
            legend="Consent"
            legendProps={{ size: 'm', headingLevel: 'h2' }}
            error={messageFor(CONSENT_INPUT_ID)}
          >
            <Checkboxes.Item
              id={CONSENT_INPUT_ID}
              value="confirmed"
              hint="They were told what the observation involved, that it was about the worker’s practice, and that they could say no or stop it at any time."
              checked={form.consentConfirmed}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                update((previous) => ({ ...previous, consentConfirmed: checked }));
              }}
            >
              The person whose session I observed agreed to the observation
            </Checkboxes.Item>
          </Checkboxes>

          <Button type="submit" disabled={state.kind === 'conflict'}>
            Continue
          </Button>
        </form>
        <BackToProgress workerId={observation.workerId} workerName={observation.workerName} isWorker={false} />
      </div>
    </div>
  );
}

/** A 409: the draft changed elsewhere. Says so, and offers the reload that resolves it. */
function ConflictWarning({ message, onReload }: { message: string; onReload: () => void }) {
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} aria-labelledby="conflict-heading" role="alert">
      <h2 className="nhsuk-error-summary__title" id="conflict-heading">
        This draft has been changed somewhere else
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>{message}</p>
        <p>Your latest changes on this page are not saved. Copy anything you want to keep before you reload.</p>
        <Button type="button" secondary onClick={onReload}>
          Reload the latest version
        </Button>
      </div>
    </div>
  );
}
