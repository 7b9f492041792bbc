import type { NextFunction, Request, Response } from 'express';
import { InvalidInputError } from './domain-errors';

/**
 * Text PostgreSQL cannot store: a NUL character, or a UTF-16 surrogate without its partner (which
 * JSON's `\ud800` escapes can produce). Either made the database refuse the statement, and the API
 * answer 500; now the request is refused first, naming the field.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first field (`items.1.evidenceNotes`) of `value` holding unstorable text, or null. Keys count too. */
export function fieldWithUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (UNSTORABLE.test(key)) return childPath;
    const found = fieldWithUnstorableText(child, childPath);
    if (found !== null) return found;
  }
  return null;
}

const unstorable = (field: string) =>
  new InvalidInputError(`${field} must not contain a NUL character or broken Unicode`, [
    `${field} must not contain a NUL character or broken Unicode`,
  ]);

/** Express middleware, after the body parsers: the address, the query and the body. */
export function refuseUnstorableText(req: Request, _res: Response, next: NextFunction): void {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return next(new InvalidInputError('The address is not valid: a %-escape in it is broken'));
  }
  if (UNSTORABLE.test(path)) return next(unstorable('The address'));
  const field = fieldWithUnstorableText(req.query) ?? fieldWithUnstorableText(req.body);
  next(field === null ? undefined : unstorable(field));
}
