/**
 * Applying a change to an observation's items (a draft save, or an amendment of a signed-off
 * observation). Pure; no I/O.
 */

/** One item of an observation as stored: a score 0–5, or none (not yet scored, or not observed). */
export interface ObservationItemValues {
  itemId: string;
  score: number | null;
  notObserved: boolean;
  evidenceNotes: string;
}

/** A change to one planned item; a field left out keeps its stored value. */
export interface ObservationItemChange {
  itemId: string;
  score?: number | null;
  notObserved?: boolean;
  evidenceNotes?: string;
}

/** A change that was applied: its place in the request, and the item before and after. */
export interface ChangedItem {
  index: number;
  previous: ObservationItemValues;
  next: ObservationItemValues;
}

/** The items after the changes, in their stored order, and which items the changes touched. */
export interface AppliedItemChanges {
  ok: true;
  merged: ObservationItemValues[];
  changed: ChangedItem[];
}

/** The changes were refused: one message per bad change, naming its request field (`items.2.itemId`). */
export interface RefusedItemChanges {
  ok: false;
  problems: string[];
}

/** Only the values of a stored item (a database row has more). */
function valuesOf(item: ObservationItemValues): ObservationItemValues {
  return { itemId: item.itemId, score: item.score, notObserved: item.notObserved, evidenceNotes: item.evidenceNotes };
}

/** Whether two versions of an item hold the same score, not-observed mark and notes. */
export function sameItemValues(
  a: Omit<ObservationItemValues, 'itemId'>,
  b: Omit<ObservationItemValues, 'itemId'>,
): boolean {
  return a.score === b.score && a.notObserved === b.notObserved && a.evidenceNotes === b.evidenceNotes;
}

/**
 * Applies item changes to an observation's items. Each change must name a planned item, once; a
 * score and a not-observed mark together are a contradiction. Marking an item not observed clears
 * its score; giving a score clears the mark. Nothing is applied when any change is refused.
 */
export function applyItemChanges(
  stored: readonly ObservationItemValues[],
  changes: readonly ObservationItemChange[],
): AppliedItemChanges | RefusedItemChanges {
  const current = new Map(stored.map((item) => [item.itemId, valuesOf(item)]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const changed: ChangedItem[] = [];
  changes.forEach((change, index) => {
    const previous = current.get(change.itemId);
    if (!previous) {
      problems.push(
        `items.${index}.itemId must be one of this observation's planned items ("${change.itemId}" is not)`,
      );
      return;
    }
    if (seen.has(change.itemId)) {
      problems.push(`items.${index}.itemId names "${change.itemId}" more than once`);
      return;
    }
    seen.add(change.itemId);
    const scored = change.score !== undefined && change.score !== null;
    if (scored && change.notObserved === true) {
      problems.push(`items.${index}.score must be null when notObserved is true`);
      return;
    }
    const next = { ...previous };
    if (change.notObserved !== undefined) next.notObserved = change.notObserved;
    if (change.notObserved === true) next.score = null;
    if (change.score !== undefined) next.score = change.score;
    if (scored) next.notObserved = false;
    if (change.evidenceNotes !== undefined) next.evidenceNotes = change.evidenceNotes;
    current.set(change.itemId, next);
    changed.push({ index, previous, next });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, merged: stored.map((item) => current.get(item.itemId) as ObservationItemValues), changed };
}
