import type { Crosswalk, FrameworkItem, FrameworkVersion } from '../model';
import { validateFrameworkVersion } from '../validation/validate-framework';
import type {
  CaseAssociation,
  CaseAssociationGrouping,
  CaseAssociationType,
  CaseDocument,
  CaseItem,
  CaseItemType,
  CaseLinkGenUri,
  CaseLinkUri,
  CasePackage,
  CaseRubric,
} from './case-types';
import {
  caseAssociationIdentifier,
  caseCrosswalkGroupingIdentifier,
  caseDocumentIdentifier,
  caseItemIdentifier,
  caseItemTypeIdentifier,
  caseRubricCriterionIdentifier,
  caseRubricIdentifier,
  caseRubricLevelIdentifier,
} from './identifiers';

export interface CaseExportOptions {
  /** Where Ladder serves CASE objects, e.g. `https://ladder.example/case`. Trailing slashes are ignored. */
  baseUri: string;
  /** Ladder's crosswalk; links touching this version's items become associations. */
  crosswalk?: Crosswalk;
  /**
   * Timestamp stamped on every object. Defaults to midnight UTC on the
   * version's publication date so the same input always exports identically.
   */
  lastChangeDateTime?: string;
  /** Link to the human-readable source document, when Ladder has one. */
  officialSourceURL?: string;
}

/** Ladder data carried in `CFDocument.extensions`, which CASE has no field for. */
export interface LadderDocumentExtension {
  /** FrameworkVersion.publishedOn, which may be a year-month or year that `statusStartDate` (a Date) cannot hold. */
  publishedOn: string;
}

/** The key under which Ladder puts its data in CASE `extensions`. */
export const LADDER_EXTENSION_KEY = 'ladder';

/** The line in a CFItem's `notes` that carries its Ladder id. */
export const LADDER_ITEM_ID_NOTE = 'Ladder item id: ';

/** `frameworkType` for Ladder's documents (CASE 1.1 predefines only `CourseCodes`). */
export const LADDER_FRAMEWORK_TYPE = 'CompetencyFramework';

/** The URI Ladder gives an item: the Ladder id is its last path segment, so imports can recover it. */
export function caseItemUri(baseUri: string, itemId: string): string {
  return `${trimBase(baseUri)}/items/${encodeURIComponent(itemId)}`;
}

function trimBase(baseUri: string): string {
  return baseUri.replace(/\/+$/, '');
}

/** Midnight UTC on `YYYY-MM-DD`, the 1st of `YYYY-MM`, or 1 January of `YYYY`. */
function defaultTimestamp(publishedOn: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(publishedOn);
  if (!match) return '1970-01-01T00:00:00Z';
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00Z`;
}

/** A one-line, bounded title for link objects (LinkURI.title is a NormalizedString). */
function linkTitle(item: FrameworkItem): string {
  const label = item.code !== undefined ? `${item.code} ${item.title ?? item.text}` : (item.title ?? item.text);
  const oneLine = label.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine;
}

interface Placed {
  item: FrameworkItem;
  /** undefined for a top-level item, whose parent is the document. */
  parent: FrameworkItem | undefined;
  /** 1-based position among its siblings. */
  position: number;
}

/** Depth-first, document order: each item, then its children. */
function flatten(items: FrameworkItem[], parent?: FrameworkItem): Placed[] {
  return items.flatMap((item, i) => [{ item, parent, position: i + 1 }, ...flatten(item.children ?? [], item)]);
}

/**
 * Converts a framework version to a CASE 1.1 CFPackage. Deterministic: the
 * same version and options always give the same package, identifiers and all.
 * Throws if the version fails `validateFrameworkVersion`, since duplicate or
 * malformed ids would produce a package other systems cannot load.
 */
export function toCasePackage(version: FrameworkVersion, options: CaseExportOptions): CasePackage {
  const problems = validateFrameworkVersion(version);
  if (problems.length > 0) {
    throw new Error(`Cannot export an invalid framework version to CASE:\n${problems.join('\n')}`);
  }

  const base = trimBase(options.baseUri);
  const stamp = options.lastChangeDateTime ?? defaultTimestamp(version.publishedOn);
  const placed = flatten(version.items);
  const inPackage = new Map(placed.map((p) => [p.item.id, p.item]));

  const documentIdentifier = caseDocumentIdentifier(version.key, version.version);
  const documentUri = `${base}/frameworks/${encodeURIComponent(version.key)}/${encodeURIComponent(version.version)}`;
  const documentEndpoint = `document:${version.key}:${version.version}`;

  const itemLink = (itemId: string): CaseLinkGenUri => {
    const item = inPackage.get(itemId);
    return {
      // Items outside this package (successors, crosswalk targets) are titled by their Ladder id.
      title: item ? linkTitle(item) : itemId,
      identifier: caseItemIdentifier(itemId),
      uri: caseItemUri(base, itemId),
      targetType: 'CASE',
    };
  };
  const documentLink: CaseLinkGenUri = {
    title: version.title,
    identifier: documentIdentifier,
    uri: documentUri,
    targetType: 'CASE',
  };

  const CFDocument: CaseDocument = {
    identifier: documentIdentifier,
    uri: documentUri,
    frameworkType: LADDER_FRAMEWORK_TYPE,
    caseVersion: '1.1',
    creator: version.publisher,
    title: version.title,
    lastChangeDateTime: stamp,
    ...(options.officialSourceURL !== undefined && { officialSourceURL: options.officialSourceURL }),
    publisher: version.publisher,
    version: version.version,
    adoptionStatus: version.status === 'published' ? 'Adopted' : 'Draft',
    // statusStartDate is a full Date; a year-month or year publication date lives only in the extension.
    ...(/^\d{4}-\d{2}-\d{2}$/.test(version.publishedOn) && { statusStartDate: version.publishedOn }),
    notes: version.source,
    extensions: {
      [LADDER_EXTENSION_KEY]: { publishedOn: version.publishedOn } satisfies LadderDocumentExtension,
    },
  };

  const itemTypes: CaseItemType[] = [];
  const itemTypeLinks = new Map<string, CaseLinkUri>();
  for (const { item } of placed) {
    if (itemTypeLinks.has(item.type)) continue;
    const type: CaseItemType = {
      identifier: caseItemTypeIdentifier(item.type),
      uri: `${base}/item-types/${encodeURIComponent(item.type)}`,
      title: item.type,
      description: `Ladder item type "${item.type}"`,
      hierarchyCode: item.type,
      typeCode: item.type,
      lastChangeDateTime: stamp,
    };
    itemTypes.push(type);
    itemTypeLinks.set(item.type, { title: type.title, identifier: type.identifier, uri: type.uri });
  }

  const CFItems: CaseItem[] = placed.map(({ item, position }) => ({
    identifier: caseItemIdentifier(item.id),
    fullStatement: item.text,
    CFItemType: item.type,
    uri: caseItemUri(base, item.id),
    ...(item.code !== undefined && { humanCodingScheme: item.code }),
    listEnumeration: String(position),
    ...(item.title !== undefined && { abbreviatedStatement: item.title }),
    notes: `${LADDER_ITEM_ID_NOTE}${item.id}`,
    CFItemTypeURI: itemTypeLinks.get(item.type),
    lastChangeDateTime: stamp,
  }));

  const association = (
    associationType: CaseAssociationType,
    originId: string,
    origin: CaseLinkGenUri,
    destinationId: string,
    destination: CaseLinkGenUri,
    extra: Partial<Pick<CaseAssociation, 'sequenceNumber' | 'notes' | 'CFAssociationGroupingURI'>> = {},
  ): CaseAssociation => {
    const identifier = caseAssociationIdentifier(associationType, originId, destinationId);
    return {
      identifier,
      associationType,
      ...(extra.sequenceNumber !== undefined && { sequenceNumber: extra.sequenceNumber }),
      uri: `${base}/associations/${identifier}`,
      originNodeURI: origin,
      destinationNodeURI: destination,
      ...(extra.CFAssociationGroupingURI !== undefined && { CFAssociationGroupingURI: extra.CFAssociationGroupingURI }),
      lastChangeDateTime: stamp,
      ...(extra.notes !== undefined && { notes: extra.notes }),
    };
  };

  const CFAssociations: CaseAssociation[] = placed.map(({ item, parent, position }) =>
    parent
      ? association('isChildOf', item.id, itemLink(item.id), parent.id, itemLink(parent.id), {
          sequenceNumber: position,
        })
      : association('isChildOf', item.id, itemLink(item.id), documentEndpoint, documentLink, {
          sequenceNumber: position,
        }),
  );

  for (const { item } of placed) {
    if (item.replacedBy !== undefined) {
      CFAssociations.push(
        association('replacedBy', item.id, itemLink(item.id), item.replacedBy, itemLink(item.replacedBy)),
      );
    }
  }

  const groupings: CaseAssociationGrouping[] = [];
  const crosswalkLinks = (options.crosswalk?.links ?? []).filter(
    (link) => inPackage.has(link.from) || inPackage.has(link.to),
  );
  if (options.crosswalk && crosswalkLinks.length > 0) {
    const identifier = caseCrosswalkGroupingIdentifier(options.crosswalk.version);
    const grouping: CaseAssociationGrouping = {
      identifier,
      uri: `${base}/association-groupings/${identifier}`,
      title: `Ladder crosswalk ${options.crosswalk.version}`,
      // The notice says the mapping is Ladder's own, not part of any published framework.
      description: options.crosswalk.notice,
      lastChangeDateTime: stamp,
    };
    groupings.push(grouping);
    const groupingLink: CaseLinkUri = { title: grouping.title, identifier, uri: grouping.uri };
    for (const link of crosswalkLinks) {
      CFAssociations.push(
        association(link.relation, link.from, itemLink(link.from), link.to, itemLink(link.to), {
          notes: link.rationale,
          CFAssociationGroupingURI: groupingLink,
        }),
      );
    }
  }

  const CFRubrics: CaseRubric[] = placed.flatMap(({ item }) => {
    if (!item.rubric) return [];
    const rubricId = caseRubricIdentifier(item.id);
    const criterionId = caseRubricCriterionIdentifier(item.id);
    const title = linkTitle(item);
    return [
      {
        identifier: rubricId,
        uri: `${base}/rubrics/${rubricId}`,
        title: `${title}: rubric`,
        lastChangeDateTime: stamp,
        CFRubricCriteria: [
          {
            identifier: criterionId,
            uri: `${base}/rubric-criteria/${criterionId}`,
            ...(item.title !== undefined && { category: item.title }),
            CFItemURI: { title, identifier: caseItemIdentifier(item.id), uri: caseItemUri(base, item.id) },
            position: 1,
            rubricId,
            lastChangeDateTime: stamp,
            CFRubricCriterionLevels: item.rubric.map((row, i) => {
              const levelId = caseRubricLevelIdentifier(item.id, row.score);
              return {
                identifier: levelId,
                uri: `${base}/rubric-criterion-levels/${levelId}`,
                description: row.descriptor,
                quality: row.rating,
                score: row.score,
                position: i + 1,
                rubricCriterionId: criterionId,
                lastChangeDateTime: stamp,
              };
            }),
          },
        ],
      },
    ];
  });

  return {
    CFDocument,
    CFItems,
    CFAssociations,
    CFDefinitions: {
      CFItemTypes: itemTypes,
      ...(groupings.length > 0 && { CFAssociationGroupings: groupings }),
    },
    CFRubrics,
  };
}
