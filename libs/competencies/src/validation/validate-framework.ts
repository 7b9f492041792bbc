import type { FrameworkKey, FrameworkVersion } from '../model';
import { isInteger, isIsoDate, isNonEmptyString, isRecord, type UnknownRecord } from './guards';

/**
 * Hand-written structural validators for Ladder's reference data. Each returns
 * every problem it finds (empty = valid), and every message starts with the
 * path of the offending value, e.g. `items[2].children[0].text: …`, so a data
 * author can go straight to it.
 */

// A Record over the union makes the compiler flag this list when a key is added.
const FRAMEWORK_KEY_SET: Record<FrameworkKey, true> = {
  somerset: true,
  'nhse-splw': true,
  'wales-sp': true,
};

/** Every framework key, in a stable order. */
export const FRAMEWORK_KEYS = Object.keys(FRAMEWORK_KEY_SET) as FrameworkKey[];

export function isFrameworkKey(value: unknown): value is FrameworkKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FRAMEWORK_KEY_SET, value);
}

const VERSION_PATTERN = /^\d{4}\.\d+$/;
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const RUBRIC_LENGTH = 6;

function requireNonEmptyString(errors: string[], value: unknown, path: string): void {
  if (!isNonEmptyString(value)) errors.push(`${path}: must be a non-empty string`);
}

function optionalNonEmptyString(errors: string[], record: UnknownRecord, field: string, path: string): void {
  if (field in record && record[field] !== undefined && !isNonEmptyString(record[field])) {
    errors.push(`${path}.${field}: must be a non-empty string when present`);
  }
}

/** Checks a framework version: metadata, and every item of the tree. */
export function validateFrameworkVersion(v: unknown): string[] {
  const errors: string[] = [];
  if (!isRecord(v)) return ['version: must be an object'];

  const key = isFrameworkKey(v.key) ? v.key : undefined;
  if (!key) errors.push(`key: must be one of ${FRAMEWORK_KEYS.join(', ')}`);
  if (typeof v.version !== 'string' || !VERSION_PATTERN.test(v.version)) {
    errors.push('version: must look like YYYY.N, e.g. 2021.1');
  }
  requireNonEmptyString(errors, v.title, 'title');
  requireNonEmptyString(errors, v.publisher, 'publisher');
  requireNonEmptyString(errors, v.source, 'source');
  if (!isIsoDate(v.publishedOn, true)) {
    errors.push('publishedOn: must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY');
  }
  if (v.status !== 'draft' && v.status !== 'published') {
    errors.push("status: must be 'draft' or 'published'");
  }
  if (!Array.isArray(v.items)) {
    errors.push('items: must be an array');
    return errors;
  }

  const seen = new Map<string, string>();
  v.items.forEach((item, i) => validateItem(errors, item, `items[${i}]`, key, seen));
  return errors;
}

function validateItem(
  errors: string[],
  item: unknown,
  path: string,
  key: FrameworkKey | undefined,
  seen: Map<string, string>,
): void {
  if (!isRecord(item)) {
    errors.push(`${path}: must be an object`);
    return;
  }

  if (!isNonEmptyString(item.id)) {
    errors.push(`${path}.id: must be a non-empty string`);
  } else {
    const first = seen.get(item.id);
    if (first !== undefined) errors.push(`${path}.id: duplicate id ${item.id} (first used at ${first})`);
    else seen.set(item.id, path);
    if (key && (!item.id.startsWith(`${key}:`) || item.id.length === key.length + 1)) {
      errors.push(`${path}.id: must start with '${key}:' followed by a local path (got ${item.id})`);
    }
  }

  if (typeof item.type !== 'string' || !KEBAB_CASE.test(item.type)) {
    errors.push(`${path}.type: must be kebab-case, e.g. assessed-competency`);
  }
  if (!isNonEmptyString(item.text)) {
    errors.push(`${path}.text: must be a non-empty string`);
  } else if (item.text !== item.text.trim()) {
    errors.push(`${path}.text: must not start or end with whitespace`);
  }
  optionalNonEmptyString(errors, item, 'code', path);
  optionalNonEmptyString(errors, item, 'title', path);

  if (item.replacedBy !== undefined) {
    if (!isNonEmptyString(item.replacedBy)) {
      errors.push(`${path}.replacedBy: must be a non-empty string when present`);
    } else if (item.replacedBy === item.id) {
      errors.push(`${path}.replacedBy: must not be the item's own id`);
    }
  }

  if (item.rubric !== undefined) validateRubric(errors, item.rubric, `${path}.rubric`);

  if (item.children !== undefined) {
    if (!Array.isArray(item.children)) {
      errors.push(`${path}.children: must be an array when present`);
    } else {
      item.children.forEach((child, i) => validateItem(errors, child, `${path}.children[${i}]`, key, seen));
    }
  }
}

function validateRubric(errors: string[], rubric: unknown, path: string): void {
  if (!Array.isArray(rubric) || rubric.length !== RUBRIC_LENGTH) {
    errors.push(`${path}: must have exactly ${RUBRIC_LENGTH} descriptors, scores 0..5`);
    if (!Array.isArray(rubric)) return;
  }
  rubric.forEach((row, i) => {
    const rowPath = `${path}[${i}]`;
    if (!isRecord(row)) {
      errors.push(`${rowPath}: must be an object`);
      return;
    }
    if (row.score !== i) errors.push(`${rowPath}.score: must be ${i} (scores run 0..5 in order)`);
    requireNonEmptyString(errors, row.rating, `${rowPath}.rating`);
    requireNonEmptyString(errors, row.descriptor, `${rowPath}.descriptor`);
  });
}

/** Checks a version's pay scale table: bands 3–5, contiguous rows, ascending pay. */
export function validatePayScale(p: unknown): string[] {
  const errors: string[] = [];
  if (!isRecord(p)) return ['payScale: must be an object'];

  const year = typeof p.year === 'string' ? /^(\d{4})\/(\d{2})$/.exec(p.year) : null;
  if (!year) {
    errors.push('year: must look like 2020/21');
  } else if ((Number(year[1]) + 1) % 100 !== Number(year[2])) {
    errors.push(`year: second part must be the year after the first (got ${p.year})`);
  }
  requireNonEmptyString(errors, p.title, 'title');
  requireNonEmptyString(errors, p.source, 'source');

  if (!Array.isArray(p.bands)) {
    errors.push('bands: must be an array');
    return errors;
  }
  const bandNumbers = p.bands.map((band) => (isRecord(band) ? band.band : undefined));
  const expected = [3, 4, 5];
  if (p.bands.length !== expected.length || expected.some((band, i) => bandNumbers[i] !== band)) {
    errors.push(`bands: must be bands 3, 4 and 5, each once, in ascending order (got ${bandNumbers.join(', ')})`);
  }
  p.bands.forEach((band, i) => validateBand(errors, band, `bands[${i}]`));
  return errors;
}

function validateBand(errors: string[], band: unknown, path: string): void {
  if (!isRecord(band)) {
    errors.push(`${path}: must be an object`);
    return;
  }
  if (!Array.isArray(band.points) || band.points.length === 0) {
    errors.push(`${path}.points: must be a non-empty array`);
    return;
  }
  const points = band.points;
  let previous: UnknownRecord | undefined;
  points.forEach((point, i) => {
    const at = `${path}.points[${i}]`;
    if (!isRecord(point)) {
      errors.push(`${at}: must be an object`);
      previous = undefined;
      return;
    }
    const last = i === points.length - 1;
    if (!isInteger(point.minYears) || point.minYears < 0) {
      errors.push(`${at}.minYears: must be a non-negative integer`);
    } else if (i === 0 && point.minYears !== 0) {
      errors.push(`${at}.minYears: the first point must start at 0 years`);
    } else if (previous && isInteger(previous.maxYears) && point.minYears !== previous.maxYears) {
      errors.push(
        `${at}.minYears: must equal the previous point's maxYears (${previous.maxYears}) so rows are contiguous`,
      );
    }
    if (last) {
      if (point.maxYears !== null) errors.push(`${at}.maxYears: the last point must be open-ended (null)`);
    } else if (point.maxYears === null) {
      errors.push(`${at}.maxYears: only the last point may be open-ended (null)`);
    } else if (!isInteger(point.maxYears)) {
      errors.push(`${at}.maxYears: must be an integer or null`);
    } else if (isInteger(point.minYears) && point.maxYears <= point.minYears) {
      errors.push(`${at}.maxYears: must be greater than minYears`);
    }
    for (const field of ['hourlyPence', 'annualPounds'] as const) {
      const amount = point[field];
      if (!isInteger(amount) || amount <= 0) {
        errors.push(`${at}.${field}: must be a positive integer`);
      } else if (previous && isInteger(previous[field]) && amount < (previous[field] as number)) {
        errors.push(`${at}.${field}: must not be lower than the previous point's (${previous[field]})`);
      }
    }
    previous = point;
  });
}

/** Checks Ladder's crosswalk against the framework versions it links. */
export function validateCrosswalk(c: unknown, versions: FrameworkVersion[]): string[] {
  const errors: string[] = [];
  if (!isRecord(c)) return ['crosswalk: must be an object'];

  requireNonEmptyString(errors, c.version, 'version');
  requireNonEmptyString(errors, c.notice, 'notice');
  if (!Array.isArray(c.links)) {
    errors.push('links: must be an array');
    return errors;
  }

  const known = new Set<string>();
  const collect = (items: FrameworkVersion['items']): void =>
    items.forEach((item) => {
      known.add(item.id);
      if (item.children) collect(item.children);
    });
  versions.forEach((v) => collect(v.items));

  // A link and its reverse say the same thing, so both count as one pair.
  const pairs = new Map<string, string>();
  c.links.forEach((link, i) => {
    const path = `links[${i}]`;
    if (!isRecord(link)) {
      errors.push(`${path}: must be an object`);
      return;
    }
    for (const end of ['from', 'to'] as const) {
      const id = link[end];
      if (!isNonEmptyString(id)) errors.push(`${path}.${end}: must be a non-empty item id`);
      else if (!known.has(id)) errors.push(`${path}.${end}: no item ${id} in the given framework versions`);
    }
    if (link.relation !== 'isRelatedTo' && link.relation !== 'exactMatchOf') {
      errors.push(`${path}.relation: must be 'isRelatedTo' or 'exactMatchOf'`);
    }
    requireNonEmptyString(errors, link.rationale, `${path}.rationale`);
    if (typeof link.from === 'string' && typeof link.to === 'string') {
      if (link.from === link.to) errors.push(`${path}: must not link an item to itself`);
      const pair = [link.from, link.to].sort().join('\u0000');
      const first = pairs.get(pair);
      if (first !== undefined) errors.push(`${path}: duplicates ${first} (${link.from} ↔ ${link.to})`);
      else pairs.set(pair, path);
    }
  });
  return errors;
}
