import type { Crosswalk, CrosswalkLink, FrameworkItem, FrameworkKey, FrameworkVersion } from './model';

/**
 * What the API serves about frameworks, shared with the web app. Building the
 * views is domain logic (pure), so it lives here rather than in the API.
 */
export interface FrameworkVersionSummary {
  version: string;
  status: FrameworkVersion['status'];
  publishedOn: string;
  /** The version new evidence is recorded against. */
  current: boolean;
}

export interface FrameworkSummary {
  key: FrameworkKey;
  title: string;
  publisher: string;
  currentVersion: string;
  versions: FrameworkVersionSummary[];
}

/** One crosswalk link seen from an item of the framework being viewed. */
export interface CrosswalkEntry {
  itemId: string;
  related: {
    frameworkKey: FrameworkKey;
    frameworkTitle: string;
    itemId: string;
    code?: string;
    title?: string;
    text: string;
  };
  relation: CrosswalkLink['relation'];
  rationale: string;
}

export interface FrameworkVersionView extends FrameworkVersion {
  current: boolean;
  crosswalk: { version: string; notice: string; entries: CrosswalkEntry[] };
}

/** Every item of a version, depth first, in document order. */
export function flattenItems(items: readonly FrameworkItem[]): FrameworkItem[] {
  const out: FrameworkItem[] = [];
  const visit = (item: FrameworkItem): void => {
    out.push(item);
    item.children?.forEach(visit);
  };
  items.forEach(visit);
  return out;
}

export function frameworkKeyOf(itemId: string): FrameworkKey {
  return itemId.slice(0, itemId.indexOf(':')) as FrameworkKey;
}

/**
 * The crosswalk entries for the items of `version`, each resolved against the
 * current version of the other framework (links whose other end is not found
 * there are left out).
 */
export function crosswalkEntriesFor(
  version: FrameworkVersion,
  crosswalk: Crosswalk,
  currentVersions: readonly FrameworkVersion[],
): CrosswalkEntry[] {
  const ownIds = new Set(flattenItems(version.items).map((item) => item.id));
  const others = new Map<string, { framework: FrameworkVersion; item: FrameworkItem }>();
  for (const framework of currentVersions) {
    if (framework.key === version.key) continue;
    for (const item of flattenItems(framework.items)) others.set(item.id, { framework, item });
  }
  const entries: CrosswalkEntry[] = [];
  for (const link of crosswalk.links) {
    for (const [own, other] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      if (!ownIds.has(own)) continue;
      const found = others.get(other);
      if (!found) continue;
      entries.push({
        itemId: own,
        related: {
          frameworkKey: found.framework.key,
          frameworkTitle: found.framework.title,
          itemId: found.item.id,
          ...(found.item.code !== undefined && { code: found.item.code }),
          ...(found.item.title !== undefined && { title: found.item.title }),
          text: found.item.text,
        },
        relation: link.relation,
        rationale: link.rationale,
      });
    }
  }
  return entries;
}
