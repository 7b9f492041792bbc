import type { FrameworkItem, FrameworkVersion } from '@ladder/competencies';

/**
 * Which items of a framework version an observation can score: the Somerset assessed
 * competencies (each with its Appendix 6 rubric), the NHS England competencies, and the Wales
 * competence areas and their statements. Levels, areas, domains, guidance, skills lists and
 * descriptions are structure or context, not practice to observe. Pure; no I/O.
 */
export const SCORABLE_ITEM_TYPES: ReadonlySet<string> = new Set([
  'assessed-competency',
  'competency',
  'competence-area',
  'statement',
]);

/** The NHS England area whose competencies the community-development observation sheet covers. */
export const COMMUNITY_DEVELOPMENT_AREA_ID = 'nhse-splw:area-3';

export const OBSERVATION_VARIANTS = ['standard', 'community-development'] as const;
export type ObservationVariant = (typeof OBSERVATION_VARIANTS)[number];

export interface ScorableItem {
  id: string;
  type: string;
  title: string;
  /** The ids of the item's ancestors, outermost first (e.g. the NHS England area). */
  ancestors: readonly string[];
  item: FrameworkItem;
}

/** Whether an observation can score an item of this type. */
export function isScorableItem(item: Pick<FrameworkItem, 'type'>): boolean {
  return SCORABLE_ITEM_TYPES.has(item.type);
}

/** Every item of the version an observation can score, by id, in document order. */
export function scorableItems(version: Pick<FrameworkVersion, 'items'>): Map<string, ScorableItem> {
  const found = new Map<string, ScorableItem>();
  const walk = (items: readonly FrameworkItem[], ancestors: readonly string[]) => {
    for (const item of items) {
      if (isScorableItem(item)) {
        found.set(item.id, { id: item.id, type: item.type, title: item.title ?? item.text, ancestors, item });
      }
      if (item.children) walk(item.children, [...ancestors, item.id]);
    }
  };
  walk(version.items, []);
  return found;
}

/** Whether a variant may score this item: the community-development sheet covers NHS England area 3 only. */
export function variantCovers(variant: ObservationVariant, item: Pick<ScorableItem, 'ancestors'>): boolean {
  return variant === 'standard' || item.ancestors.includes(COMMUNITY_DEVELOPMENT_AREA_ID);
}
