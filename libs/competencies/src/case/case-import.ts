import type { DreyfusScore, FrameworkItem, FrameworkKey, FrameworkVersion, RubricDescriptor } from '../model';
import {
  isInteger,
  isIsoDate,
  isIsoDateTime,
  isNonEmptyString,
  isRecord,
  type UnknownRecord,
} from '../validation/guards';
import { validateFrameworkVersion } from '../validation/validate-framework';
import { LADDER_EXTENSION_KEY, LADDER_ITEM_ID_NOTE } from './case-export';
import { CASE_ASSOCIATION_TYPES } from './case-types';
import { isUuid } from './uuid';

export interface CaseImportTarget {
  key: FrameworkKey;
  version: string;
}

export type CaseImportResult = { ok: true; version: FrameworkVersion } | { ok: false; errors: string[] };

/** Collects errors; every message is `<path>: <problem>`. */
class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

/** What the import keeps of one CFItem after its checks pass. */
interface ParsedItem {
  index: number;
  path: string;
  identifier: string;
  ladderId: string;
  type: string;
  text: string;
  code?: string;
  title?: string;
  listEnumeration?: number;
}

interface ChildLink {
  child: ParsedItem;
  sequence: number | undefined;
  path: string;
}

const TERMINATORS = /[/?#]/;

/**
 * Recovers a Ladder id from a URI of the form `<anything>/items/<encoded id>`,
 * the shape `toCasePackage` gives every item.
 */
function ladderIdFromUri(uri: string): string | undefined {
  const marker = '/items/';
  const at = uri.lastIndexOf(marker);
  if (at < 0) return undefined;
  const tail = uri.slice(at + marker.length);
  if (tail === '' || TERMINATORS.test(tail)) return undefined;
  try {
    return decodeURIComponent(tail);
  } catch {
    return undefined;
  }
}

function ladderIdFromNotes(notes: unknown): string | undefined {
  if (typeof notes !== 'string') return undefined;
  const line = notes.split('\n').find((l) => l.startsWith(LADDER_ITEM_ID_NOTE));
  const id = line?.slice(LADDER_ITEM_ID_NOTE.length).trim();
  return id ? id : undefined;
}

function isAssociationType(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    ((CASE_ASSOCIATION_TYPES as readonly string[]).includes(value) || /^ext:[a-zA-Z0-9._-]+$/.test(value))
  );
}

function optionalString(problems: Problems, record: UnknownRecord, field: string, path: string): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    problems.add(`${path}.${field}`, 'must be a string when present');
    return undefined;
  }
  return value;
}

function requiredString(problems: Problems, record: UnknownRecord, field: string, path: string): string | undefined {
  const value = record[field];
  if (!isNonEmptyString(value)) {
    problems.add(`${path}.${field}`, 'must be a non-empty string');
    return undefined;
  }
  return value;
}

/** An optional array property: absent is an empty list, anything else but an array is an error. */
function arrayField(problems: Problems, record: UnknownRecord, field: string, path: string): unknown[] {
  const value = record[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(path, 'must be an array when present');
    return [];
  }
  return value;
}

/**
 * Checks a LinkURI / LinkGenURI object; returns its identifier (lower-cased)
 * and uri when usable. `uuid` demands a UUID identifier (LinkURI does; a
 * LinkGenURI's may be any string).
 */
function checkLink(
  problems: Problems,
  value: unknown,
  path: string,
  uuid: boolean,
): { identifier: string; uri: string } | undefined {
  if (!isRecord(value)) {
    problems.add(path, 'must be an object {title, identifier, uri}');
    return undefined;
  }
  let ok = true;
  if (typeof value.title !== 'string') {
    problems.add(`${path}.title`, 'must be a string');
    ok = false;
  }
  if (!isNonEmptyString(value.identifier) || (uuid && !isUuid(value.identifier))) {
    problems.add(`${path}.identifier`, uuid ? 'must be a UUID' : 'must be a non-empty string');
    ok = false;
  }
  if (!isNonEmptyString(value.uri)) {
    problems.add(`${path}.uri`, 'must be a non-empty string');
    ok = false;
  }
  return ok ? { identifier: String(value.identifier).toLowerCase(), uri: String(value.uri) } : undefined;
}

/**
 * Rebuilds a framework version from a CASE 1.1 CFPackage, typically one made
 * by `toCasePackage`. The input is untrusted: it is checked structurally and
 * semantically, and every problem found is reported, each naming its path.
 * `key` and `version` come from `target`; everything else from the package.
 * A result that would not pass `validateFrameworkVersion` is rejected too.
 */
export function fromCasePackage(pkg: unknown, target: CaseImportTarget): CaseImportResult {
  const problems = new Problems();
  if (!isRecord(pkg)) return { ok: false, errors: ['CFPackage: must be an object'] };

  // Identifiers must be unique across the whole package, whatever the object kind.
  const identifiers = new Map<string, string>();
  const claim = (value: unknown, path: string): string | undefined => {
    if (!isNonEmptyString(value)) {
      problems.add(path, 'must be a UUID');
      return undefined;
    }
    // A malformed identifier is reported but still registered, so links to it resolve without extra noise.
    if (!isUuid(value)) problems.add(path, 'must be a UUID');
    const id = value.toLowerCase();
    const first = identifiers.get(id);
    if (first !== undefined) {
      problems.add(path, `duplicate identifier ${id} (also at ${first})`);
      return undefined;
    }
    identifiers.set(id, path);
    return id;
  };
  const stamp = (record: UnknownRecord, path: string): void => {
    if (!isIsoDateTime(record.lastChangeDateTime)) {
      problems.add(`${path}.lastChangeDateTime`, 'must be an ISO 8601 date-time');
    }
  };

  // ---- CFDocument
  const doc = pkg.CFDocument;
  let documentId: string | undefined;
  let title: string | undefined;
  let publisher: string | undefined;
  let source: string | undefined;
  let publishedOn: string | undefined;
  let status: FrameworkVersion['status'] = 'draft';
  if (!isRecord(doc)) {
    problems.add('CFDocument', 'must be an object');
  } else {
    documentId = claim(doc.identifier, 'CFDocument.identifier');
    requiredString(problems, doc, 'uri', 'CFDocument');
    title = requiredString(problems, doc, 'title', 'CFDocument');
    const creator = requiredString(problems, doc, 'creator', 'CFDocument');
    publisher = optionalString(problems, doc, 'publisher', 'CFDocument') ?? creator;
    stamp(doc, 'CFDocument');
    if (doc.caseVersion !== undefined && doc.caseVersion !== '1.1') {
      problems.add('CFDocument.caseVersion', "must be '1.1' when present");
    }
    // Ladder keeps the source citation in the document's notes.
    source = requiredString(problems, doc, 'notes', 'CFDocument');
    if (doc.adoptionStatus === 'Adopted') status = 'published';
    else if (doc.adoptionStatus !== undefined && doc.adoptionStatus !== 'Draft') {
      problems.add('CFDocument.adoptionStatus', "must be 'Adopted' or 'Draft' when present");
    }
    if (doc.statusStartDate !== undefined && !isIsoDate(doc.statusStartDate)) {
      problems.add('CFDocument.statusStartDate', 'must be a date YYYY-MM-DD when present');
    }
    const extension = isRecord(doc.extensions) ? doc.extensions[LADDER_EXTENSION_KEY] : undefined;
    if (doc.extensions !== undefined && !isRecord(doc.extensions)) {
      problems.add('CFDocument.extensions', 'must be an object when present');
    }
    if (extension !== undefined && !isRecord(extension)) {
      problems.add(`CFDocument.extensions.${LADDER_EXTENSION_KEY}`, 'must be an object when present');
    }
    const extPublishedOn = isRecord(extension) ? extension.publishedOn : undefined;
    if (extPublishedOn !== undefined) {
      if (isIsoDate(extPublishedOn, true)) publishedOn = extPublishedOn;
      else {
        problems.add(
          `CFDocument.extensions.${LADDER_EXTENSION_KEY}.publishedOn`,
          'must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY',
        );
      }
    } else if (isIsoDate(doc.statusStartDate)) {
      publishedOn = doc.statusStartDate;
    } else {
      problems.add(
        'CFDocument.statusStartDate',
        `a publication date is required here or in extensions.${LADDER_EXTENSION_KEY}.publishedOn`,
      );
    }
  }

  // ---- CFItems
  const items = new Map<string, ParsedItem>();
  const byLadderId = new Map<string, string>();
  arrayField(problems, pkg, 'CFItems', 'CFItems').forEach((raw, index) => {
    const path = `CFItems[${index}]`;
    if (!isRecord(raw)) {
      problems.add(path, 'must be an object');
      return;
    }
    const identifier = claim(raw.identifier, `${path}.identifier`);
    const uri = requiredString(problems, raw, 'uri', path);
    const text = requiredString(problems, raw, 'fullStatement', path);
    const type = requiredString(problems, raw, 'CFItemType', path);
    const code = optionalString(problems, raw, 'humanCodingScheme', path);
    const itemTitle = optionalString(problems, raw, 'abbreviatedStatement', path);
    optionalString(problems, raw, 'notes', path);
    const enumeration = optionalString(problems, raw, 'listEnumeration', path);
    stamp(raw, path);

    const fromUri = uri === undefined ? undefined : ladderIdFromUri(uri);
    const fromNotes = ladderIdFromNotes(raw.notes);
    let ladderId = fromUri ?? fromNotes;
    if (fromUri !== undefined && fromNotes !== undefined && fromUri !== fromNotes) {
      problems.add(path, `Ladder id in uri (${fromUri}) and notes (${fromNotes}) disagree`);
      ladderId = undefined;
    } else if (ladderId === undefined) {
      problems.add(
        `${path}.uri`,
        `cannot recover the Ladder item id (expected …/items/<id> or a "${LADDER_ITEM_ID_NOTE}<id>" line in notes)`,
      );
    } else {
      const firstUse = byLadderId.get(ladderId);
      if (firstUse !== undefined) problems.add(path, `duplicate Ladder item id ${ladderId} (also at ${firstUse})`);
      else byLadderId.set(ladderId, path);
    }
    if (identifier === undefined) return;
    // Registered even when a field is bad, so associations to it do not add "dangling" noise;
    // the import fails on the reported problem anyway.
    const listEnumeration = enumeration !== undefined && /^\d+$/.test(enumeration) ? Number(enumeration) : undefined;
    items.set(identifier, {
      index,
      path,
      identifier,
      ladderId: ladderId ?? `(${path})`,
      type: type ?? '',
      text: text ?? '',
      ...(code !== undefined && { code }),
      ...(itemTitle !== undefined && { title: itemTitle }),
      ...(listEnumeration !== undefined && { listEnumeration }),
    });
  });

  // ---- CFAssociations
  const parentOf = new Map<string, { parent: string; path: string }>();
  const childrenOf = new Map<string, ChildLink[]>();
  const replacedBy = new Map<string, string>();
  const isNode = (id: string): boolean => items.has(id) || id === documentId;
  // When CFDocument or CFItems is itself unusable (already reported), endpoints cannot be checked.
  const nodesKnown = isRecord(doc) && (pkg.CFItems === undefined || Array.isArray(pkg.CFItems));
  arrayField(problems, pkg, 'CFAssociations', 'CFAssociations').forEach((raw, index) => {
    const path = `CFAssociations[${index}]`;
    if (!isRecord(raw)) {
      problems.add(path, 'must be an object');
      return;
    }
    claim(raw.identifier, `${path}.identifier`);
    requiredString(problems, raw, 'uri', path);
    stamp(raw, path);
    optionalString(problems, raw, 'notes', path);
    const type = raw.associationType;
    if (!isAssociationType(type)) {
      problems.add(`${path}.associationType`, 'must be a CASE association type or an ext: term');
    }
    const sequence = raw.sequenceNumber;
    if (sequence !== undefined && !isInteger(sequence)) {
      problems.add(`${path}.sequenceNumber`, 'must be an integer when present');
    }
    if (raw.CFAssociationGroupingURI !== undefined) {
      checkLink(problems, raw.CFAssociationGroupingURI, `${path}.CFAssociationGroupingURI`, true);
    }
    const origin = checkLink(problems, raw.originNodeURI, `${path}.originNodeURI`, false);
    const destination = checkLink(problems, raw.destinationNodeURI, `${path}.destinationNodeURI`, false);
    if (!origin || !destination || !nodesKnown) return;

    if (type === 'isChildOf') {
      const child = items.get(origin.identifier);
      if (!child) problems.add(`${path}.originNodeURI`, `dangling: no CFItem ${origin.identifier} in this package`);
      if (!isNode(destination.identifier)) {
        problems.add(
          `${path}.destinationNodeURI`,
          `dangling: no CFItem or CFDocument ${destination.identifier} in this package`,
        );
      }
      if (!child || !isNode(destination.identifier)) return;
      const existing = parentOf.get(origin.identifier);
      if (existing) {
        problems.add(path, `${child.path} (${child.ladderId}) already has a parent via ${existing.path}`);
        return;
      }
      parentOf.set(origin.identifier, { parent: destination.identifier, path });
      const siblings = childrenOf.get(destination.identifier) ?? [];
      siblings.push({ child, sequence: isInteger(sequence) ? sequence : undefined, path });
      childrenOf.set(destination.identifier, siblings);
    } else if (type === 'replacedBy') {
      const item = items.get(origin.identifier);
      if (!item) {
        problems.add(`${path}.originNodeURI`, `dangling: no CFItem ${origin.identifier} in this package`);
        return;
      }
      // The successor is usually in a later version, so outside this package: read its id from the link.
      const successor = items.get(destination.identifier)?.ladderId ?? ladderIdFromUri(destination.uri);
      if (successor === undefined) {
        problems.add(
          `${path}.destinationNodeURI.uri`,
          "cannot recover the successor's Ladder item id (expected …/items/<id>)",
        );
        return;
      }
      if (replacedBy.has(origin.identifier)) {
        problems.add(path, `${item.path} (${item.ladderId}) has more than one replacedBy association`);
        return;
      }
      replacedBy.set(origin.identifier, successor);
    } else if (!isNode(origin.identifier) && !isNode(destination.identifier)) {
      // Other links (e.g. crosswalk) are not part of the tree, but must touch this package.
      problems.add(path, 'dangling: neither endpoint is in this package');
    }
  });

  // ---- CFDefinitions (not imported, but identifiers must not clash)
  const definitions = pkg.CFDefinitions;
  if (definitions !== undefined) {
    if (!isRecord(definitions)) problems.add('CFDefinitions', 'must be an object when present');
    else {
      for (const kind of ['CFConcepts', 'CFSubjects', 'CFLicenses', 'CFItemTypes', 'CFAssociationGroupings']) {
        arrayField(problems, definitions, kind, `CFDefinitions.${kind}`).forEach((entry, i) => {
          const path = `CFDefinitions.${kind}[${i}]`;
          if (!isRecord(entry)) problems.add(path, 'must be an object');
          else {
            claim(entry.identifier, `${path}.identifier`);
            requiredString(problems, entry, 'uri', path);
            requiredString(problems, entry, 'title', path);
          }
        });
      }
    }
  }

  // ---- CFRubrics
  const rubrics = new Map<string, { rubric: RubricDescriptor[]; path: string }>();
  arrayField(problems, pkg, 'CFRubrics', 'CFRubrics').forEach((raw, index) => {
    const path = `CFRubrics[${index}]`;
    if (!isRecord(raw)) {
      problems.add(path, 'must be an object');
      return;
    }
    claim(raw.identifier, `${path}.identifier`);
    requiredString(problems, raw, 'uri', path);
    stamp(raw, path);
    const criteria = raw.CFRubricCriteria;
    if (!Array.isArray(criteria) || criteria.length === 0) {
      problems.add(`${path}.CFRubricCriteria`, 'must be a non-empty array');
      return;
    }
    criteria.forEach((criterion, c) => {
      const cPath = `${path}.CFRubricCriteria[${c}]`;
      if (!isRecord(criterion)) {
        problems.add(cPath, 'must be an object');
        return;
      }
      claim(criterion.identifier, `${cPath}.identifier`);
      requiredString(problems, criterion, 'uri', cPath);
      stamp(criterion, cPath);
      const itemLink = checkLink(problems, criterion.CFItemURI, `${cPath}.CFItemURI`, true);
      const rubric = parseLevels(
        problems,
        criterion.CFRubricCriterionLevels,
        `${cPath}.CFRubricCriterionLevels`,
        claim,
        stamp,
      );
      if (!itemLink || !nodesKnown) return;
      const item = items.get(itemLink.identifier);
      if (!item) {
        problems.add(`${cPath}.CFItemURI`, `dangling: no CFItem ${itemLink.identifier} in this package`);
        return;
      }
      const existing = rubrics.get(itemLink.identifier);
      if (existing) {
        problems.add(cPath, `${item.path} (${item.ladderId}) already has a rubric at ${existing.path}`);
        return;
      }
      if (rubric) rubrics.set(itemLink.identifier, { rubric, path: cPath });
    });
  });

  // ---- Tree: order siblings, walk from the document, find what the walk missed.
  const orderedChildren = (parentId: string): ParsedItem[] => {
    const links = [...(childrenOf.get(parentId) ?? [])];
    const key = (link: ChildLink): number => link.sequence ?? link.child.listEnumeration ?? Number.POSITIVE_INFINITY;
    links.sort((a, b) => key(a) - key(b) || a.child.index - b.child.index);
    for (let i = 1; i < links.length; i++) {
      if (links[i].sequence !== undefined && links[i].sequence === links[i - 1].sequence) {
        problems.add(
          `${links[i].path}.sequenceNumber`,
          `${links[i].sequence} is also used by ${links[i - 1].path} for the same parent, so the order is ambiguous`,
        );
      }
    }
    return links.map((link) => link.child);
  };

  const reached = new Set<string>();
  const build = (item: ParsedItem): FrameworkItem => {
    reached.add(item.identifier);
    const children = orderedChildren(item.identifier).map(build);
    const rubric = rubrics.get(item.identifier)?.rubric;
    const successor = replacedBy.get(item.identifier);
    return {
      id: item.ladderId,
      type: item.type,
      ...(item.code !== undefined && { code: item.code }),
      ...(item.title !== undefined && { title: item.title }),
      text: item.text,
      ...(children.length > 0 && { children }),
      ...(rubric !== undefined && { rubric }),
      ...(successor !== undefined && { replacedBy: successor }),
    };
  };
  const roots = documentId === undefined ? [] : orderedChildren(documentId).map(build);

  // Report each broken spot once: a cycle at its first member, otherwise the topmost item of
  // a subtree cut off from the document (its descendants are unreachable only because of it).
  const reported = new Set<string>();
  for (const item of documentId === undefined ? [] : items.values()) {
    if (reached.has(item.identifier)) continue;
    const chain: ParsedItem[] = [];
    let current: ParsedItem | undefined = item;
    while (current && !chain.includes(current)) {
      chain.push(current);
      const parent: string | undefined = parentOf.get(current.identifier)?.parent;
      current = parent === undefined ? undefined : items.get(parent);
    }
    if (current) {
      const loop = chain.slice(chain.indexOf(current));
      const first = loop.reduce((a, b) => (b.index < a.index ? b : a));
      if (reported.has(first.identifier)) continue;
      reported.add(first.identifier);
      const start = loop.indexOf(first);
      const ordered = [...loop.slice(start), ...loop.slice(0, start), first].map((i) => i.ladderId);
      problems.add(first.path, `cycle in isChildOf associations: ${ordered.join(' → ')}`);
    } else {
      const top = chain[chain.length - 1];
      if (reported.has(top.identifier)) continue;
      reported.add(top.identifier);
      problems.add(
        top.path,
        `unreachable: ${top.ladderId} has no isChildOf association to the CFDocument or to an item in the tree`,
      );
    }
  }

  if (
    problems.list.length > 0 ||
    title === undefined ||
    publisher === undefined ||
    source === undefined ||
    publishedOn === undefined
  ) {
    return { ok: false, errors: problems.list };
  }

  const version: FrameworkVersion = {
    key: target.key,
    version: target.version,
    title,
    publisher,
    publishedOn,
    source,
    status,
    items: roots,
  };
  const invalid = validateFrameworkVersion(version);
  if (invalid.length > 0) {
    return { ok: false, errors: invalid.map((error) => `imported framework: ${error}`) };
  }
  return { ok: true, version };
}

/** Checks a criterion's levels: exactly six, scores 0..5 each once; returns the rubric in score order. */
function parseLevels(
  problems: Problems,
  value: unknown,
  path: string,
  claim: (value: unknown, path: string) => string | undefined,
  stamp: (record: UnknownRecord, path: string) => void,
): RubricDescriptor[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, 'must be an array of 6 levels, scores 0..5');
    return undefined;
  }
  let ok = true;
  if (value.length !== 6) {
    problems.add(path, `must have exactly 6 levels, scores 0..5 (got ${value.length})`);
    ok = false;
  }
  const byScore = new Map<number, RubricDescriptor>();
  value.forEach((level, i) => {
    const lPath = `${path}[${i}]`;
    if (!isRecord(level)) {
      problems.add(lPath, 'must be an object');
      ok = false;
      return;
    }
    claim(level.identifier, `${lPath}.identifier`);
    requiredString(problems, level, 'uri', lPath);
    stamp(level, lPath);
    if (level.position !== undefined && !isInteger(level.position)) {
      problems.add(`${lPath}.position`, 'must be an integer when present');
    }
    const rating = requiredString(problems, level, 'quality', lPath);
    const descriptor = requiredString(problems, level, 'description', lPath);
    const score = level.score;
    if (!isInteger(score) || score < 0 || score > 5) {
      problems.add(`${lPath}.score`, 'must be an integer 0..5');
      ok = false;
      return;
    }
    if (byScore.has(score)) {
      problems.add(`${lPath}.score`, `score ${score} appears more than once`);
      ok = false;
      return;
    }
    if (rating === undefined || descriptor === undefined) {
      ok = false;
      return;
    }
    byScore.set(score, { score: score as DreyfusScore, rating, descriptor });
  });
  if (!ok || byScore.size !== 6) return undefined;
  return [0, 1, 2, 3, 4, 5].map((score) => byScore.get(score) as RubricDescriptor);
}
