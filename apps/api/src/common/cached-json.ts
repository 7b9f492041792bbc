import type { Request, Response } from 'express';

/**
 * Sends JSON already serialised, with its ETag and a Cache-Control that lets browsers and proxies
 * keep it; a request whose If-None-Match names that ETag gets a 304 and no body.
 */
export function sendCachedJson(
  req: Request,
  res: Response,
  document: { body: string; etag: string },
  cacheControl: string,
): void {
  res.setHeader('ETag', document.etag);
  res.setHeader('Cache-Control', cacheControl);
  const wanted = req.headers['if-none-match'];
  if (wanted !== undefined && wanted.split(',').some((tag) => tag.trim() === document.etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json').send(document.body);
}
