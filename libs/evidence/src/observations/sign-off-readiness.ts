/**
 * Readiness to sign an observation off: the rule the API enforces at sign-off and amendment, and
 * the web checks before check-your-answers. Pure; no I/O.
 */

/** What readiness reads of an item: whether it is scored or marked not observed. */
export interface SignOffItem {
  score: number | null;
  notObserved: boolean;
}

/** What readiness reads of an observation. */
export interface SignOffCandidate<Item extends SignOffItem = SignOffItem> {
  items: readonly Item[];
  consentConfirmed: boolean;
  /** YYYY-MM-DD. */
  observedOn: string;
}

/** Why an observation is not ready to sign off; `index` counts the observation's items. */
export type SignOffProblem =
  | { kind: 'item-not-scored'; index: number }
  | { kind: 'nothing-scored' }
  | { kind: 'consent-not-confirmed' }
  | { kind: 'observed-after-today'; observedOn: string };

/** The summary of the API's refusal; {@link signOffProblemMessages} lists the reasons. */
export const NOT_READY_TO_SIGN_OFF = 'This observation is not ready to sign off';

/**
 * Every reason the observation is not ready to sign off, in this order: each planned item neither
 * scored nor marked not observed; every item marked not observed (at least one must be scored);
 * the person's consent not confirmed; observed after `today` (YYYY-MM-DD). None: ready.
 */
export function signOffProblems(observation: SignOffCandidate, today: string): SignOffProblem[] {
  const problems: SignOffProblem[] = [];
  observation.items.forEach((item, index) => {
    if (item.score === null && !item.notObserved) problems.push({ kind: 'item-not-scored', index });
  });
  if (observation.items.length > 0 && observation.items.every((item) => item.notObserved)) {
    problems.push({ kind: 'nothing-scored' });
  }
  if (!observation.consentConfirmed) problems.push({ kind: 'consent-not-confirmed' });
  if (observation.observedOn > today) {
    problems.push({ kind: 'observed-after-today', observedOn: observation.observedOn });
  }
  return problems;
}

/** The API's wording of each reason, naming the request field it is about (`items.1.score: …`). */
export function signOffProblemMessages(
  observation: SignOffCandidate<SignOffItem & { itemId: string }>,
  today: string,
): string[] {
  return signOffProblems(observation, today).map((problem) => {
    switch (problem.kind) {
      case 'item-not-scored':
        return `items.${problem.index}.score: ${observation.items[problem.index].itemId} needs a score from 0 to 5, or marking as not observed`;
      case 'nothing-scored':
        return 'items: at least one item must be scored; every item is marked not observed';
      case 'consent-not-confirmed':
        return 'consentConfirmed must be true: the person whose session was observed agreed to the observation';
      case 'observed-after-today':
        return `observedOn ${problem.observedOn} is after today: sign an observation off once it has happened`;
    }
  });
}
