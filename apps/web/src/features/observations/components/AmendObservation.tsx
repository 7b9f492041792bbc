import { Button, CharacterCount, InsetText } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../lib/components/FormErrorSummary';
import { Loading } from '../../../lib/components/Loading';
import { PageHeading } from '../../../lib/components/PageHeading';
import { Problem } from '../../../lib/components/QueryProblem';
import { formatDate } from '../../../lib/dates';
import { errorFor, problemFromMessage, type FieldSpec, type FormProblem } from '../../../lib/field-errors';
import { ApiError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useAmendObservation, type Amendment } from '../api/observation-changes';
import type { ObservationView, PossibleIdentifier } from '../api/observations';
import type { Competency } from '../model/competencies';
import {
  fieldPlaces,
  identifierProblems,
  itemChange,
  MAX_EVIDENCE_NOTES,
  MAX_REASON,
  MAX_SUMMARY_TEXT,
  possibleIdentifiersIn,
  SUMMARY_FIELDS,
  type ItemDraft,
  type SummaryField,
} from '../model/draft';
import type { ObservationFlash, Viewer } from '../model/flash';
import { newIdempotencyKey } from '../model/idempotency';
import { IdentifierWarning } from './IdentifierWarning';
import { ItemScoreFields } from './ItemScoreFields';
import { ObservationProblem } from './ObservationProblem';
import { SummaryFields } from './SummaryFields';
import { useObservationContext } from './use-observation-context';
import { evidenceInputId, scoreInputId } from '../model/field-ids';
import { paths } from '../../../config/paths';

/** `/observations/:id/amend`: a supervisor corrects a signed-off observation, saying why. */
export function AmendObservation({ id, viewer }: { id: string; viewer: Viewer }) {
  const { observation, competencies, error } = useObservationContext(id);
  if (error) return <ObservationProblem error={error} />;
  if (!observation.data || !competencies) return <Loading what="the observation" />;
  const data = observation.data;
  if (data.status !== 'signed-off') return <Navigate to={paths.observation(id)} replace />;
  if (!viewer.isSupervisor || viewer.personId === data.workerId) {
    return <Problem title="You do not have access to this page" text="Only a supervisor can amend an observation." />;
  }
  if (data.supersededBy) {
    return (
      <Problem
        title="This observation has already been amended"
        text="Amend the latest version instead: open the observation to find it."
      />
    );
  }
  return <AmendForm key={data.id} observation={data} competencies={competencies} />;
}

interface AmendFormState {
  reason: string;
  items: ItemDraft[];
  strengths: string;
  developmentAreas: string;
  agreedActions: string;
}

function AmendForm({
  observation,
  competencies,
}: {
  observation: ObservationView;
  competencies: readonly Competency[];
}) {
  const navigate = useNavigate();
  const amend = useAmendObservation(observation.id);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [form, setForm] = useState<AmendFormState>(() => ({
    reason: '',
    items: observation.items.map(({ score, notObserved, evidenceNotes }) => ({ score, notObserved, evidenceNotes })),
    strengths: observation.strengths,
    developmentAreas: observation.developmentAreas,
    agreedActions: observation.agreedActions,
  }));
  const [identifiers, setIdentifiers] = useState<{ found: PossibleIdentifier[]; sentItemIds: string[] } | null>(null);
  const { problems, attempt, fail, clear } = useFormProblems();
  const names = competencies.map((competency) => competency.name);
  const itemIds = observation.items.map((item) => item.itemId);
  useDocumentTitle(`${problems.length > 0 ? 'Error: ' : ''}Amend the observation of ${observation.workerName}`);

  const change = (next: Partial<AmendFormState>) => {
    setForm((previous) => ({ ...previous, ...next }));
    setIdentifiers(null);
  };

  const amendment = (): Amendment | null => {
    const items = form.items.flatMap((item, index) => {
      const stored = observation.items[index];
      const same =
        stored.score === item.score &&
        stored.notObserved === item.notObserved &&
        stored.evidenceNotes === item.evidenceNotes;
      return same ? [] : [itemChange(itemIds[index], item)];
    });
    const body: Amendment = { reason: form.reason.trim(), idempotencyKey };
    if (items.length > 0) body.items = items;
    for (const { field } of SUMMARY_FIELDS) if (form[field] !== observation[field]) body[field] = form[field];
    const changed = items.length > 0 || SUMMARY_FIELDS.some(({ field }) => body[field] !== undefined);
    return changed ? body : null;
  };

  const check = (): FormProblem[] => {
    const found: FormProblem[] = [];
    if (form.reason.trim() === '')
      found.push({ field: 'reason', message: 'Enter why you are amending the observation' });
    else if (form.reason.length > MAX_REASON) {
      found.push({
        field: 'reason',
        message: `Reason must be ${MAX_REASON.toLocaleString('en-GB')} characters or fewer`,
      });
    }
    form.items.forEach((item, index) => {
      if (item.evidenceNotes.length > MAX_EVIDENCE_NOTES) {
        found.push({
          field: evidenceInputId(index),
          message: `Evidence notes for ${names[index]} must be ${MAX_EVIDENCE_NOTES.toLocaleString('en-GB')} characters or fewer`,
        });
      }
    });
    for (const { field, inputId, label } of SUMMARY_FIELDS) {
      if (form[field].length > MAX_SUMMARY_TEXT) {
        found.push({
          field: inputId,
          message: `${label} must be ${MAX_SUMMARY_TEXT.toLocaleString('en-GB')} characters or fewer`,
        });
      }
    }
    if (found.length === 0 && amendment() === null) {
      found.push({
        field: scoreInputId(0, 0),
        message: 'Change a score, evidence notes or the overall summary: an amendment must change something',
      });
    }
    return found;
  };

  const fieldSpecs: FieldSpec[] = [
    { apiName: 'reason', inputId: 'reason', label: 'Reason' },
    ...SUMMARY_FIELDS.map(({ field, inputId, label }) => ({ apiName: field, inputId, label })),
  ];

  const send = (confirmPossibleIdentifiers: boolean) => {
    const found = check();
    const body = amendment();
    if (found.length > 0 || !body) return fail(found);
    clear();
    const sentItemIds = (body.items ?? []).map((item) => item.itemId);
    amend.mutate(confirmPossibleIdentifiers ? { ...body, confirmPossibleIdentifiers } : body, {
      onSuccess: (amended) => {
        const flash: ObservationFlash = {
          title: 'Amendment signed off',
          text: `This version replaces the one signed off before; both stay in the history. ${observation.workerName} can see it.`,
        };
        navigate(paths.observation(amended.id), { replace: true, state: { flash } });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422) {
          const flagged = possibleIdentifiersIn(error.body);
          if (flagged && flagged.length > 0) return setIdentifiers({ found: flagged, sentItemIds });
        }
        if (error instanceof ApiError && error.status < 500) {
          const messages = error.errors.length > 0 ? error.errors : [error.message];
          return fail(messages.map((message) => problemFromMessage(message, fieldSpecs)));
        }
        fail([{ message: 'Sorry, the amendment could not be saved. Try again.' }]);
      },
    });
  };

  const identifierList = identifiers
    ? identifierProblems(identifiers.found, fieldPlaces(itemIds, names, identifiers.sentItemIds))
    : [];
  const messageFor = (inputId: string) =>
    errorFor(problems, inputId) ?? identifierList.find((problem) => problem.field === inputId)?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(false);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} attempt={attempt} />
        {identifierList.length > 0 && (
          <IdentifierWarning
            problems={identifierList}
            onConfirm={() => send(true)}
            confirmLabel="Save the amendment with the text as it is"
            busy={amend.isPending}
          />
        )}
        <PageHeading caption={`Observation of ${observation.workerName} on ${formatDate(observation.observedOn)}`}>
          Amend the observation
        </PageHeading>
        <InsetText>
          <p>
            An amendment is a new version of the observation, signed off by you as soon as you save it. The version you
            are correcting stays in the history, and progression uses the new one.
          </p>
        </InsetText>
        <form onSubmit={onSubmit} noValidate>
          <CharacterCount
            id="reason"
            name="reason"
            label="Why are you amending it?"
            labelProps={{ size: 'm' }}
            hint="For example, a score entered wrongly, or notes that were missed. The worker will see this."
            maxLength={MAX_REASON}
            rows={3}
            error={messageFor('reason')}
            value={form.reason}
            onChange={(event) => change({ reason: event.currentTarget.value })}
          />
          {competencies.map((competency, index) => (
            <ItemScoreFields
              key={competency.id}
              index={index}
              competency={competency}
              value={form.items[index]}
              onChange={(next) => change({ items: form.items.map((item, at) => (at === index ? next : item)) })}
              scoreError={messageFor(scoreInputId(index, 0))}
              evidenceError={messageFor(evidenceInputId(index))}
            />
          ))}
          <SummaryFields
            values={form}
            errorFor={messageFor}
            onChange={(field, value) => change({ [field]: value } as Pick<AmendFormState, SummaryField>)}
          />
          <Button type="submit" disabled={amend.isPending}>
            Save and sign off the amendment
          </Button>
        </form>
        <p>
          <Link to={paths.observation(observation.id)}>Cancel and go back to the observation</Link>
        </p>
      </div>
    </div>
  );
}
