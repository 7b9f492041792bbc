import { sameItemValues, signOffProblems, type SignOffProblem } from '@ladder/evidence';
import { schemaLimits } from '../../../lib/api/schema.gen';
import { isoFromParts, partsOf, type DateParts } from '../../../lib/dates';
import type { FormProblem } from '../../../lib/field-errors';
import type { DraftChanges, ItemChange } from '../api/observation-changes';
import type { ObservationSetting, ObservationView, PossibleIdentifier } from '../api/observations';
import { IDENTIFIER_KIND_LABELS, listText } from './labels';
import { evidenceInputId, scoreInputId } from './field-ids';

/** The API's limits, from its OpenAPI document. */
export const MAX_EVIDENCE_NOTES = schemaLimits.ObservationItemInputDto.evidenceNotes.maxLength;
export const MAX_SUMMARY_TEXT = schemaLimits.UpdateObservationDto.strengths.maxLength;
export const MAX_REASON = schemaLimits.AmendObservationDto.reason.maxLength;
export const MAX_COMMENT = schemaLimits.AcknowledgeObservationDto.comment.maxLength;

export const OBSERVED_ON_INPUT_ID = 'observed-on-day';
export const CONSENT_INPUT_ID = 'consent';

export interface ItemDraft {
  score: number | null;
  notObserved: boolean;
  evidenceNotes: string;
}

export type SummaryField = 'strengths' | 'developmentAreas' | 'agreedActions';

export const SUMMARY_FIELDS: readonly { field: SummaryField; inputId: string; label: string; hint: string }[] = [
  { field: 'strengths', inputId: 'strengths', label: 'Strengths', hint: 'What went well' },
  {
    field: 'developmentAreas',
    inputId: 'development-areas',
    label: 'Areas for development',
    hint: 'What to work on',
  },
  {
    field: 'agreedActions',
    inputId: 'agreed-actions',
    label: 'Agreed actions',
    hint: 'What you and the worker agreed to do next, and by when',
  },
];

/** What the scoring form holds: the editable parts of a draft, as typed. */
export interface DraftForm {
  observedOn: DateParts;
  setting: ObservationSetting;
  items: ItemDraft[];
  strengths: string;
  developmentAreas: string;
  agreedActions: string;
  consentConfirmed: boolean;
}

/** The same, as the API stores it (the date as an ISO date). */
export interface DraftValues extends Omit<DraftForm, 'observedOn'> {
  observedOn: string;
}

export function valuesOf(view: ObservationView): DraftValues {
  return {
    observedOn: view.observedOn,
    setting: view.setting,
    items: view.items.map(({ score, notObserved, evidenceNotes }) => ({ score, notObserved, evidenceNotes })),
    strengths: view.strengths,
    developmentAreas: view.developmentAreas,
    agreedActions: view.agreedActions,
    consentConfirmed: view.consentConfirmed,
  };
}

export function formOf(values: DraftValues): DraftForm {
  return { ...values, observedOn: partsOf(values.observedOn) };
}

/** An item as the API takes it: a score clears "not observed", and "not observed" has no score. */
export function itemChange(itemId: string, item: ItemDraft): ItemChange {
  return {
    itemId,
    score: item.notObserved ? null : item.score,
    notObserved: item.notObserved,
    evidenceNotes: item.evidenceNotes,
  };
}

/**
 * What changed between what the API holds and the form: the body of a draft save (without its
 * revision), and the values the API will hold once it is saved. A date that is not a real date
 * yet is left out (the stored one stays) until it is finished.
 */
export function draftChanges(
  saved: DraftValues,
  form: DraftForm,
  itemIds: readonly string[],
): { changes: Omit<DraftChanges, 'revision'>; next: DraftValues } {
  const changes: Omit<DraftChanges, 'revision'> = {};
  const observedOn = isoFromParts(form.observedOn) ?? saved.observedOn;
  if (observedOn !== saved.observedOn) changes.observedOn = observedOn;
  if (form.setting !== saved.setting) changes.setting = form.setting;
  const items = form.items.flatMap((item, index) =>
    saved.items[index] && sameItemValues(saved.items[index], item) ? [] : [itemChange(itemIds[index], item)],
  );
  if (items.length > 0) changes.items = items;
  for (const { field } of SUMMARY_FIELDS) if (form[field] !== saved[field]) changes[field] = form[field];
  if (form.consentConfirmed !== saved.consentConfirmed) changes.consentConfirmed = form.consentConfirmed;
  return { changes, next: { ...form, observedOn } };
}

export const hasChanges = (changes: object): boolean => Object.keys(changes).length > 0;

const FUTURE_DATE_PROBLEM: FormProblem = {
  field: OBSERVED_ON_INPUT_ID,
  message: 'Date of the observation must be today or in the past',
};

/** The problem with the date of the observation as typed: missing, not a real date, or (given `latest`) after it. */
export function observedOnProblem(parts: DateParts, latest?: string): FormProblem | undefined {
  const { day, month, year } = parts;
  const observedOn = isoFromParts(parts);
  if (!day.trim() && !month.trim() && !year.trim()) {
    return { field: OBSERVED_ON_INPUT_ID, message: 'Enter the date of the observation' };
  }
  if (!observedOn) return { field: OBSERVED_ON_INPUT_ID, message: 'Date of the observation must be a real date' };
  if (latest !== undefined && observedOn > latest) return FUTURE_DATE_PROBLEM;
  return undefined;
}

/**
 * The problems that stop a draft going to check-your-answers: the API's sign-off rule (from
 * `@ladder/evidence`) on the form's fields, and the form's own checks (the date as typed, lengths).
 */
export function readinessProblems(form: DraftForm, names: readonly string[], today: string): FormProblem[] {
  const observedOn = isoFromParts(form.observedOn);
  // A date not yet typed in full is the form's own problem below, so it is never after today here.
  const signOff = signOffProblems({ ...form, observedOn: observedOn ?? today }, today);
  const has = (kind: SignOffProblem['kind']) => signOff.some((problem) => problem.kind === kind);
  const unscored = new Set(signOff.flatMap((problem) => (problem.kind === 'item-not-scored' ? [problem.index] : [])));
  const problems: FormProblem[] = [];
  const dateProblem =
    observedOnProblem(form.observedOn) ?? (has('observed-after-today') ? FUTURE_DATE_PROBLEM : undefined);
  if (dateProblem) problems.push(dateProblem);
  form.items.forEach((item, index) => {
    if (unscored.has(index)) {
      problems.push({
        field: scoreInputId(index, 0),
        message: `Select a score for ${names[index]}, or select not observed`,
      });
    }
    if (item.evidenceNotes.length > MAX_EVIDENCE_NOTES) {
      problems.push({
        field: evidenceInputId(index),
        message: `Evidence notes for ${names[index]} must be ${MAX_EVIDENCE_NOTES.toLocaleString('en-GB')} characters or fewer`,
      });
    }
  });
  if (has('nothing-scored')) {
    problems.push({
      field: scoreInputId(0, 0),
      message: 'Score at least one competency: every one is marked not observed',
    });
  }
  for (const { field, inputId, label } of SUMMARY_FIELDS) {
    if (form[field].length > MAX_SUMMARY_TEXT) {
      problems.push({
        field: inputId,
        message: `${label} must be ${MAX_SUMMARY_TEXT.toLocaleString('en-GB')} characters or fewer`,
      });
    }
  }
  if (has('consent-not-confirmed')) {
    problems.push({
      field: CONSENT_INPUT_ID,
      message: 'Confirm that the person whose session you observed agreed to the observation',
    });
  }
  return problems;
}

/** Where a field the API names is on the page, and what the page calls it. */
export interface FieldPlace {
  inputId: string;
  label: string;
}

/**
 * Places for the fields a draft save, amendment or acknowledgement names. `items.N.…` counts the
 * items of the request that was sent, so `sentItemIds` says which item each N was.
 */
export function fieldPlaces(
  itemIds: readonly string[],
  names: readonly string[],
  sentItemIds: readonly string[],
): (field: string) => FieldPlace | undefined {
  return (field) => {
    const item = /^items\.(\d+)\.evidenceNotes$/.exec(field);
    if (item) {
      const index = itemIds.indexOf(sentItemIds[Number(item[1])]);
      return index < 0 ? undefined : { inputId: evidenceInputId(index), label: `Evidence notes for ${names[index]}` };
    }
    const summary = SUMMARY_FIELDS.find((candidate) => candidate.field === field);
    if (summary) return { inputId: summary.inputId, label: summary.label };
    if (field === 'reason') return { inputId: 'reason', label: 'Reason for the amendment' };
    if (field === 'comment') return { inputId: 'comment', label: 'Your comment' };
    return undefined;
  };
}

/** "Strengths looks like it holds an NHS number and a date of birth", one per field, linked to it. */
export function identifierProblems(
  found: readonly PossibleIdentifier[],
  placeOf: (field: string) => FieldPlace | undefined,
): FormProblem[] {
  const byField = new Map<string, PossibleIdentifier['kind'][]>();
  for (const { field, kind } of found) byField.set(field, [...(byField.get(field) ?? []), kind]);
  return [...byField].map(([field, kinds]) => {
    const place = placeOf(field);
    const what = listText(kinds.map((kind) => IDENTIFIER_KIND_LABELS[kind]));
    return { field: place?.inputId, message: `${place?.label ?? 'Some text'} looks like it holds ${what}` };
  });
}

/** The possible identifiers in a 422 answer, or null when it is not that kind of answer. */
export function possibleIdentifiersIn(body: Readonly<Record<string, unknown>>): PossibleIdentifier[] | null {
  const found = body.possibleIdentifiers;
  if (!Array.isArray(found)) return null;
  return found.filter(
    (entry): entry is PossibleIdentifier =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as PossibleIdentifier).field === 'string' &&
      (entry as PossibleIdentifier).kind in IDENTIFIER_KIND_LABELS,
  );
}

/**
 * The sign-off's "not ready" errors, on the scoring page's fields: `items.N.score` (N counts the
 * observation's items), consent and the date.
 */
export function signOffProblem(message: string, names: readonly string[]): FormProblem {
  const item = /^items\.(\d+)\.score/.exec(message);
  if (item) {
    const index = Number(item[1]);
    return { field: scoreInputId(index, 0), message: `Select a score for ${names[index]}, or select not observed` };
  }
  if (message.startsWith('items:')) {
    return { field: scoreInputId(0, 0), message: 'Score at least one competency: every one is marked not observed' };
  }
  if (message.startsWith('consentConfirmed')) {
    return {
      field: CONSENT_INPUT_ID,
      message: 'Confirm that the person whose session you observed agreed to the observation',
    };
  }
  if (message.startsWith('observedOn')) {
    return { field: OBSERVED_ON_INPUT_ID, message: 'Date of the observation must be today or in the past' };
  }
  return { message: message.charAt(0).toUpperCase() + message.slice(1) };
}
