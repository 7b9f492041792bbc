import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createPreviewOpenApiDocument, HTTP_METHODS } from './openapi-document';
import { REGENERATE_COMMAND, WEB_API_SCHEMA_PATH, WORKSPACE_ROOT } from './web-api-schema-path';

/** Routes that take no request body (everything else that POSTs, PUTs or PATCHes must document one). */
const BODILESS_ROUTES = new Set(['POST /api/auth/logout', 'POST /api/auth/totp/setup']);

/** Every way an operation falls short of a real contract: one line per gap. */
function contractGaps(document: OpenAPIObject): string[] {
  const gaps: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) gaps.push(`${route}: no success response`);
      for (const [status, response] of successes) {
        if (status === '204' || response === undefined || '$ref' in response) continue;
        const schema = response.content?.['application/json']?.schema;
        if (!schema || !('$ref' in schema || 'type' in schema)) gaps.push(`${route}: ${status} has no schema`);
      }
      const hasBody = operation.requestBody !== undefined;
      if (['post', 'put', 'patch'].includes(method) && !hasBody && !BODILESS_ROUTES.has(route))
        gaps.push(`${route}: no request body schema`);
      const documentedParams = new Set(
        (operation.parameters ?? []).flatMap((p) => ('in' in p && p.in === 'path' ? [p.name] : [])),
      );
      for (const [, name] of path.matchAll(/\{(\w+)\}/g))
        if (!documentedParams.has(name)) gaps.push(`${route}: path parameter ${name} undocumented`);
    }
  }
  return gaps;
}

describe('the OpenAPI contract', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await createPreviewOpenApiDocument();
  });

  it('gives every route a success response schema and every body route a request schema', () => {
    expect(Object.keys(document.paths).length).toBeGreaterThan(30);
    expect(contractGaps(document)).toEqual([]);
  });

  it('finds a route whose answer is only a description, or whose body is undocumented', () => {
    const broken = structuredClone(document);
    const me = broken.paths['/api/auth/me'].get;
    const login = broken.paths['/api/auth/login'].post;
    if (!me || !login) throw new Error('the document lost /api/auth/me or /api/auth/login');
    me.responses['200'] = { description: 'The signed-in person.' };
    delete login.requestBody;
    expect(contractGaps(broken)).toEqual([
      'POST /api/auth/login: no request body schema',
      'GET /api/auth/me: 200 has no schema',
    ]);
  });

  it('answers every 4xx/5xx with the shared error body', () => {
    const people = document.paths['/api/people/{id}'].get;
    expect(people?.responses['404']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBodyView' } } },
    });
  });

  it('matches the committed web API types', () => {
    // In a process of its own: openapi-typescript loads ES modules that jest's module system cannot.
    const generated = spawnSync(process.execPath, [join(WORKSPACE_ROOT, 'scripts', 'generate-api.mjs'), '--stdout'], {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (generated.status !== 0) throw new Error(`${REGENERATE_COMMAND} failed: ${generated.stderr}`);
    const expected = generated.stdout;
    const committed = readFileSync(WEB_API_SCHEMA_PATH, 'utf8');
    if (committed !== expected) {
      throw new Error(
        `${relative(process.cwd(), WEB_API_SCHEMA_PATH)} is stale: the API's contract changed. Run \`${REGENERATE_COMMAND}\` and commit the result.`,
      );
    }
  });
});
