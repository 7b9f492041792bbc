import { isValidNhsNumber } from './nhs-number';

/**
 * Finds what looks like a patient identifier in an evidence record's free text (an observation's
 * notes today; reflections, case studies, supervision records and feedback next), so its author is
 * asked to confirm before it is stored. Evidence describes a worker's practice; the person they
 * were supporting should not be identifiable from it. Pure functions; no I/O.
 *
 * Three kinds, each tuned to catch the usual ways people write them while leaving ordinary notes
 * alone (a false alarm costs one confirmation; a miss leaks an identifier):
 *
 * - `nhs-number`: ten digits, optionally grouped 3-3-4 with spaces or hyphens, not part of a longer
 *   run of digits, that pass the NHS number's modulus-11 check.
 * - `date-of-birth`: a full date (day, month and year: `12/03/1956`, `12-3-56`, `1956-03-12`,
 *   `12th March 1956`, `March 12, 1956`) near "DOB", "date of birth", "born" or "birthday"; or
 *   a full date at least ten years before today in a sentence that describes a person ("Mrs Smith",
 *   "he", "the client", "aged"). A date that old is almost never an appointment, and almost every
 *   date of birth is that old.
 * - `postcode-with-name`: a UK postcode within 80 characters of a name: a title and surname
 *   ("Mrs Jones") or two capitalised words that are not place or organisation words ("John
 *   Smith", not "Frome Library" or "High Street").
 */

export const POSSIBLE_IDENTIFIER_KINDS = ['nhs-number', 'date-of-birth', 'postcode-with-name'] as const;
export type PossibleIdentifierKind = (typeof POSSIBLE_IDENTIFIER_KINDS)[number];

export interface IdentifierMatch {
  kind: PossibleIdentifierKind;
  /**
   * The identifier normalised (`nhs:9434765919`, `dob:1956-03-12`, `postcode:BA11AA`), so a
   * change can tell an identifier already confirmed in a field from a new one. Never logged.
   */
  key: string;
}

/** Where an identifier was found: a request field (`strengths`, `items.0.evidenceNotes`) and its kind. */
export interface PossibleIdentifier {
  field: string;
  kind: PossibleIdentifierKind;
}

/** How far from a postcode a name still counts as "next to" it, in characters. */
const NAME_DISTANCE = 80;
/** A full date in a person-describing sentence at least this many years ago is treated as a date of birth. */
const DATE_OF_BIRTH_MIN_YEARS = 10;

const NHS_NUMBER = /(?<![\d])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d])/g;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]?\d)/g;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');

const BIRTH_WORDS = /\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|born|birthday)/gi;
/** Before the date: "DOB: 12/03/1956", "born on the 12th of March 1956". After it: "12/03/1956 (DOB)". */
const BIRTH_WORD_BEFORE = 40;
const BIRTH_WORD_AFTER = 20;

const PERSON_WORDS =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|he|she|him|his|her|hers|patient|client|service user|person|man|woman|gentleman|lady|boy|girl|son|daughter|mother|mum|father|dad|husband|wife|partner|carer|widow|widower|resident|tenant|aged|years? old|year-old)\b/i;

const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b/gi;
const TITLE_AND_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*/g;
const TWO_CAPITALISED_WORDS = /\b([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)\s+([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)\b/g;

/** Capitalised words that start sentences or name places and organisations, not people. */
const NOT_NAMES: ReadonlySet<string> = new Set(
  [
    ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'it', 'his', 'her', 'their'],
    ...['our', 'my', 'your', 'at', 'in', 'on', 'to', 'from', 'for', 'with', 'and', 'but', 'or', 'of', 'by', 'near'],
    ...['after', 'before', 'during', 'when', 'where', 'lives', 'living', 'visited', 'met', 'session', 'address'],
    ...['group', 'community', 'centre', 'center', 'library', 'hall', 'road', 'street', 'st', 'lane', 'avenue'],
    ...['close', 'way', 'drive', 'place', 'square', 'crescent', 'terrace', 'hill', 'park', 'gardens', 'court'],
    ...['house', 'church', 'chapel', 'abbey', 'school', 'college', 'university', 'surgery', 'practice'],
    ...['hospital', 'clinic', 'health', 'medical', 'pharmacy', 'council', 'trust', 'nhs', 'pcn', 'hub', 'cafe'],
    ...['café', 'club', 'society', 'association', 'charity', 'foundation', 'service', 'services', 'team'],
    ...['network', 'office', 'station', 'market', 'shop', 'store', 'farm', 'village', 'town', 'city', 'county'],
    ...['north', 'south', 'east', 'west', 'upper', 'lower', 'new', 'old', 'great', 'little', 'united', 'kingdom'],
    ...['england', 'wales', 'scotland', 'somerset', 'mendip', 'food', 'bank', 'job', 'citizens', 'advice', 'age'],
    ...['mind', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'postcode'],
    ...MONTHS,
  ].map((word) => word.toLowerCase()),
);

interface FoundDate {
  index: number;
  end: number;
  iso: string;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years: the most recent such year not after this one (`56` → 1956, `12` → 2012 in 2026). */
function fullYear(year: string, today: string): number {
  if (year.length === 4) return Number(year);
  const thisYear = Number(today.slice(0, 4));
  const century = Math.floor(thisYear / 100) * 100;
  const candidate = century + Number(year);
  return candidate > thisYear ? candidate - 100 : candidate;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1850 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) yield match;
}

/** Every full date written in one of the usual UK ways, with where it is. */
export function findFullDates(text: string, today: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (match: RegExpExecArray, iso: string | null) => {
    if (iso !== null) found.push({ index: match.index, end: match.index + match[0].length, iso });
  };
  for (const m of matchesOf(NUMERIC_DATE, text)) add(m, toIso(fullYear(m[4], today), Number(m[3]), Number(m[1])));
  for (const m of matchesOf(ISO_DATE, text)) add(m, toIso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of matchesOf(DAY_MONTH_YEAR, text)) add(m, toIso(Number(m[3]), monthNumber(m[2]), Number(m[1])));
  for (const m of matchesOf(MONTH_DAY_YEAR, text)) add(m, toIso(Number(m[3]), monthNumber(m[1]), Number(m[2])));
  return found;
}

/** Sentences with their offsets: split after . ! ? (not after a title such as "Mrs.") and at line breaks. */
function sentences(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const boundary = /(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|St))[.!?]+(?=\s|$)|\n+/g;
  let start = 0;
  for (const m of matchesOf(boundary, text)) {
    result.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) result.push({ start, end: text.length });
  return result;
}

function findDatesOfBirth(text: string, today: string): string[] {
  const dates = findFullDates(text, today);
  if (dates.length === 0) return [];
  const found = new Set<string>();
  const birthWords = [...matchesOf(BIRTH_WORDS, text)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
  for (const date of dates) {
    const nearBirthWord = birthWords.some(
      (word) =>
        (date.index >= word.end && date.index - word.end <= BIRTH_WORD_BEFORE) ||
        (word.index >= date.end && word.index - date.end <= BIRTH_WORD_AFTER),
    );
    if (nearBirthWord) found.add(date.iso);
  }
  const oldEnough = `${pad(Number(today.slice(0, 4)) - DATE_OF_BIRTH_MIN_YEARS, 4)}${today.slice(4)}`;
  for (const sentence of sentences(text)) {
    if (!PERSON_WORDS.test(text.slice(sentence.start, sentence.end))) continue;
    for (const date of dates) {
      if (date.index >= sentence.start && date.end <= sentence.end && date.iso <= oldEnough) found.add(date.iso);
    }
  }
  return [...found];
}

function namesIn(text: string): { index: number; end: number }[] {
  const names: { index: number; end: number }[] = [];
  for (const m of matchesOf(TITLE_AND_NAME, text)) names.push({ index: m.index, end: m.index + m[0].length });
  for (const m of matchesOf(TWO_CAPITALISED_WORDS, text)) {
    if (NOT_NAMES.has(m[1].toLowerCase()) || NOT_NAMES.has(m[2].toLowerCase())) continue;
    names.push({ index: m.index, end: m.index + m[0].length });
  }
  return names;
}

function findPostcodesWithNames(text: string): string[] {
  const postcodes = [...matchesOf(POSTCODE, text)];
  if (postcodes.length === 0) return [];
  const names = namesIn(text);
  const found = new Set<string>();
  for (const postcode of postcodes) {
    const start = postcode.index;
    const end = start + postcode[0].length;
    const nearName = names.some(
      (name) =>
        (name.end <= start && start - name.end <= NAME_DISTANCE) ||
        (name.index >= end && name.index - end <= NAME_DISTANCE),
    );
    if (nearName) found.add(`${postcode[1]}${postcode[2]}`.toUpperCase());
  }
  return [...found];
}

/** Everything in `text` that looks like a patient identifier. `today` (YYYY-MM-DD) dates the age test. */
export function findPossibleIdentifiers(text: string, today: string): IdentifierMatch[] {
  if (text.trim() === '') return [];
  const matches: IdentifierMatch[] = [];
  const nhsNumbers = new Set<string>();
  for (const m of matchesOf(NHS_NUMBER, text)) {
    if (isValidNhsNumber(m[0])) nhsNumbers.add(`${m[1]}${m[3]}${m[4]}`);
  }
  for (const digits of nhsNumbers) matches.push({ kind: 'nhs-number', key: `nhs:${digits}` });
  for (const iso of findDatesOfBirth(text, today)) matches.push({ kind: 'date-of-birth', key: `dob:${iso}` });
  for (const postcode of findPostcodesWithNames(text)) {
    matches.push({ kind: 'postcode-with-name', key: `postcode:${postcode}` });
  }
  return matches;
}

/**
 * Named text fields: `[field, text]` pairs, or an object of them (`{ title, body }`). The names are
 * what the answer reports, so they are the request's field names (`items.0.evidenceNotes`).
 */
export type NamedTextFields = ReadonlyArray<readonly [string, string]> | Readonly<Record<string, string>>;

const entriesOf = (fields: NamedTextFields): ReadonlyArray<readonly [string, string]> =>
  Array.isArray(fields) ? fields : Object.entries(fields);

/**
 * The fields that look like they hold a patient identifier, and why: one entry per field and kind,
 * in field order, then in the order of {@link POSSIBLE_IDENTIFIER_KINDS}. The one check every
 * kind of evidence record shares; `today` (YYYY-MM-DD) dates the age test.
 */
export function possibleIdentifiersIn(fields: NamedTextFields, today: string): PossibleIdentifier[] {
  const result: PossibleIdentifier[] = [];
  for (const [field, text] of entriesOf(fields)) {
    const kinds = new Set(findPossibleIdentifiers(text, today).map((match) => match.kind));
    for (const kind of POSSIBLE_IDENTIFIER_KINDS) if (kinds.has(kind)) result.push({ field, kind });
  }
  return result;
}

/**
 * The identifiers a change brings in: those in `next` that `previous` (the field's stored text)
 * did not already hold. An identifier someone has already confirmed is not asked about again
 * when other words in the field change.
 */
export function newPossibleIdentifiers(
  field: string,
  previous: string,
  next: string,
  today: string,
): PossibleIdentifier[] {
  if (previous === next) return [];
  const known = new Set(findPossibleIdentifiers(previous, today).map((match) => match.key));
  const kinds = new Set(
    findPossibleIdentifiers(next, today)
      .filter((match) => !known.has(match.key))
      .map((match) => match.kind),
  );
  return POSSIBLE_IDENTIFIER_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ field, kind }));
}
