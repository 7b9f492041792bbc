import type { DreyfusScore, FrameworkKey } from '../model';
import { LADDER_NAMESPACE, uuidV5 } from './uuid';

/**
 * Every CASE identifier Ladder publishes is a v5 UUID of a readable name built
 * from Ladder's own stable ids, so re-exporting the same data always yields
 * the same identifiers and consumers can rely on them across downloads.
 */

/** A CFDocument: one per framework version. */
export function caseDocumentIdentifier(key: FrameworkKey, version: string): string {
  return uuidV5(`document:${key}:${version}`, LADDER_NAMESPACE);
}

/**
 * A CFItem. Keyed on the Ladder item id alone, which is stable across
 * versions while the item's meaning is unchanged, so an unchanged item keeps
 * its CASE identity from one framework version to the next.
 */
export function caseItemIdentifier(itemId: string): string {
  return uuidV5(`item:${itemId}`, LADDER_NAMESPACE);
}

/**
 * A CFAssociation, from its type and endpoints. Endpoints are Ladder item ids,
 * or `document:<key>:<version>` for an item's link to its CFDocument.
 */
export function caseAssociationIdentifier(associationType: string, origin: string, destination: string): string {
  return uuidV5(`association:${associationType}:${origin}->${destination}`, LADDER_NAMESPACE);
}

/** The CFRubric for an item's 0–5 rubric. */
export function caseRubricIdentifier(itemId: string): string {
  return uuidV5(`rubric:${itemId}`, LADDER_NAMESPACE);
}

/** The single CFRubricCriterion of an item's rubric. */
export function caseRubricCriterionIdentifier(itemId: string): string {
  return uuidV5(`rubric-criterion:${itemId}`, LADDER_NAMESPACE);
}

/** One CFRubricCriterionLevel of an item's rubric. */
export function caseRubricLevelIdentifier(itemId: string, score: DreyfusScore): string {
  return uuidV5(`rubric-level:${itemId}:${score}`, LADDER_NAMESPACE);
}

/** A CFItemType definition, from the Ladder item type (e.g. `competency`). */
export function caseItemTypeIdentifier(type: string): string {
  return uuidV5(`item-type:${type}`, LADDER_NAMESPACE);
}

/** The CFAssociationGrouping that holds one crosswalk version's links. */
export function caseCrosswalkGroupingIdentifier(crosswalkVersion: string): string {
  return uuidV5(`association-grouping:crosswalk:${crosswalkVersion}`, LADDER_NAMESPACE);
}
