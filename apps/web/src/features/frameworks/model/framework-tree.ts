import type { FrameworkItemView as FrameworkItem } from '../../../lib/api/schema.gen';

export interface IndexedItem {
  item: FrameworkItem;
  /** From the top level down to the item's parent. */
  ancestors: FrameworkItem[];
  /** The items sharing the item's parent (or the top level), the item included, in document order. */
  siblings: readonly FrameworkItem[];
}

export interface VersionIndex {
  /** Every item, depth first in document order. */
  all: IndexedItem[];
  byId: ReadonlyMap<string, IndexedItem>;
}

/** Indexes a version's tree once, so pages can find an item, its ancestors and its neighbours by id. */
export function indexItems(items: readonly FrameworkItem[]): VersionIndex {
  const all: IndexedItem[] = [];
  const byId = new Map<string, IndexedItem>();
  const visit = (siblings: readonly FrameworkItem[], ancestors: FrameworkItem[]): void => {
    for (const item of siblings) {
      const entry: IndexedItem = { item, ancestors, siblings };
      all.push(entry);
      byId.set(item.id, entry);
      if (item.children?.length) visit(item.children, [...ancestors, item]);
    }
  };
  visit(items, []);
  return { all, byId };
}

/**
 * Types big enough to get a page of their own; inside another page they are listed
 * as links. Anything with a rubric is a competency that is assessed, so it gets a
 * page too. Every other type, including ones Ladder does not know yet, is shown
 * inline as part of the tree.
 */
const PAGE_TYPES = new Set(['level', 'area', 'domain', 'competency', 'assessed-competency', 'competence-area']);

export function hasOwnPage(item: FrameworkItem): boolean {
  return PAGE_TYPES.has(item.type) || item.rubric !== undefined;
}

/** The previous and next items of the same type under the same parent, for moving through a framework in order. */
export function neighbours(entry: IndexedItem): { previous?: FrameworkItem; next?: FrameworkItem } {
  const peers = entry.siblings.filter((item) => item.type === entry.item.type);
  const at = peers.indexOf(entry.item);
  return { previous: peers[at - 1], next: peers[at + 1] };
}

/** Consecutive runs of items that render the same way, in document order. */
export function runsOf<T>(items: readonly T[], kindOf: (item: T) => string): { kind: string; items: T[] }[] {
  const runs: { kind: string; items: T[] }[] = [];
  for (const item of items) {
    const kind = kindOf(item);
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.items.push(item);
    else runs.push({ kind, items: [item] });
  }
  return runs;
}
