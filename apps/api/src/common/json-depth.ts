import { InvalidInputError } from './domain-errors';

/**
 * The deepest nesting of arrays and objects any Ladder request body needs is a handful of levels
 * (a CASE package is about five). Bodies nested deeper are refused before they are parsed: deep
 * nesting costs JSON.parse, class-transformer and class-validator time and stack in proportion to
 * the depth, so a small hostile body could stall the server or make it answer 500.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether the JSON text in `bytes` nests arrays and objects deeper than `limit`, read in one pass
 * that stops at the first level too deep. Brackets inside strings do not count (UTF-8 never puts
 * an ASCII byte inside a multi-byte character, so a byte scan is exact). Malformed JSON is left
 * to the parser, which reports it.
 */
export function isNestedDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth -= 1;
    }
  }
  return false;
}

/** A body-parser `verify` hook: refuses a too-deep body with a 400 before it is parsed. */
export function refuseDeeplyNestedJson(_req: unknown, _res: unknown, bytes: Buffer): void {
  if (isNestedDeeperThan(bytes, MAX_JSON_DEPTH)) {
    throw new InvalidInputError(`The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`);
  }
}
