import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import request from 'supertest';
import { DatabaseSnapshots } from '../access-matrix/database-snapshot';
import { anonymousClient, type ApiClient } from '../auth-helpers';
import type { Factories, TestPerson } from '../factories';
import { createTestApp } from '../test-app';
import {
  pathParameterArbitrary,
  valueArbitrary,
  type OpenApiDocument,
  type OpenApiOperation,
} from './openapi-arbitraries';
import { planObservationBody } from '../fixtures';

/**
 * Fuzzing every route of the OpenAPI document with requests generated from the document's own
 * schemas (issue 11): whoever sends them — nobody, a link worker, their supervisor, an employer
 * admin, a platform admin — and whatever they hold, the API never answers 5xx; and when every
 * request to a route was refused, no table changed. About 100 requests per route here
 * (`FUZZ_RUNS`); `bench/fuzz` runs the same file with thousands and prints the figures.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const REPORT = process.env.FUZZ_REPORT;
/** Routes slow on purpose (argon2, a reset request's time floor) get a tenth of the requests. */
const SLOW_ON_PURPOSE = new Set(['POST /api/auth/login', 'POST /api/auth/password-reset']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
const ACTORS = ['anonymous', 'worker', 'supervisor', 'admin', 'platform'] as const;
type Actor = (typeof ACTORS)[number];

describe('fuzzing every route from the OpenAPI document (real PostgreSQL)', () => {
  let app: INestApplication;
  let factories: Factories;
  let snapshots: DatabaseSnapshots;
  let document: OpenApiDocument;
  let people: Record<Exclude<Actor, 'anonymous'>, TestPerson>;
  let knownIds: string[];
  const report: Record<string, { requests: number; statuses: Record<string, number>; tablesChecked: boolean }> = {};

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, factories } = testApp);
    snapshots = await DatabaseSnapshots.open(testApp.databaseUrl);
    document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const organisation = await factories.newOrganisation();
    const worker = await factories.newPerson(organisation, { roles: ['link_worker'] });
    const supervisor = await factories.newPerson(organisation, { roles: ['supervisor'] });
    const admin = await factories.newPerson(organisation, { roles: ['employer_admin'] });
    const assignment = await factories.newSupervisionAssignment({ supervisor, worker });
    people = { worker, supervisor, admin, platform: await factories.newPlatformAdmin() };
    const draft = await (
      await factories.signedInClient(supervisor)
    )
      .post('/api/observations', planObservationBody(worker.id))
      .expect(201);
    knownIds = [
      worker.id,
      supervisor.id,
      admin.id,
      organisation.id,
      assignment.id,
      (draft.body as { id: string }).id,
      'somerset',
      'nhse-splw',
      'wales-sp',
      'current',
      '2021.1',
      '2020/21',
    ];
  }, 120_000);

  afterAll(async () => {
    if (REPORT) {
      mkdirSync(dirname(REPORT), { recursive: true });
      writeFileSync(REPORT, JSON.stringify({ runsPerRoute: RUNS, routes: report }, null, 2));
    }
    await snapshots?.close();
    await app?.close();
  });

  const operations = (): [string, Method, string, OpenApiOperation][] =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method): [string, Method, string, OpenApiOperation] => [
        `${method.toUpperCase()} ${path}`,
        method,
        path,
        item[method],
      ]),
    );

  it('covers every route of the document', () => {
    expect(operations().length).toBeGreaterThan(40);
  });

  // The routes are read from the served document in beforeAll, so they are walked in one test; each failure names its route.
  it('never answers 5xx to any route, and a route that refused every request changed no table', async () => {
    const failures: string[] = [];
    for (const [name, method, path, operation] of operations()) {
      // Fresh sessions for every route: a route may end its caller's session (sign-out, a new password).
      const clients: Record<Actor, ApiClient> = {
        anonymous: await anonymousClient(app),
        worker: await factories.signedInClient(people.worker),
        supervisor: await factories.signedInClient(people.supervisor),
        admin: await factories.signedInClient(people.admin),
        platform: await factories.signedInClient(people.platform),
      };
      const parameters = operation.parameters ?? [];
      const pathNames = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      const queryParameters = parameters.filter((p) => p.in === 'query');
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const input = fc.record({
        actor: fc.constantFrom(...ACTORS),
        path: fc.record(Object.fromEntries(pathNames.map((n) => [n, pathParameterArbitrary(knownIds)]))),
        query: fc.record(
          Object.fromEntries(queryParameters.map((p) => [p.name, valueArbitrary(p.schema ?? {}, document)])),
          { requiredKeys: [] },
        ),
        body: bodySchema ? valueArbitrary(bodySchema, document) : fc.constant(undefined),
      });
      const statuses: Record<string, number> = {};
      let accepted = 0;
      const before = await snapshots.take();
      try {
        await fc.assert(
          fc.asyncProperty(input, async ({ actor, path: values, query, body }) => {
            const url = path.replace(/\{(\w+)\}/g, (_m, key: string) => encodePathSegment(String(values[key])));
            const client = clients[actor];
            let sent = client.agent[method](url).query(stringQuery(query)).set('X-CSRF-Token', client.csrfToken);
            if (method !== 'get' && body !== undefined)
              sent = sent.set('Content-Type', 'application/json').send(JSON.stringify(body));
            const response = await sent;
            statuses[response.status] = (statuses[response.status] ?? 0) + 1;
            if (response.status < 400) accepted += 1;
            if (response.status >= 500) {
              throw new Error(`${name} as ${actor} answered ${response.status}: ${JSON.stringify(response.body)}`);
            }
          }),
          { numRuns: SLOW_ON_PURPOSE.has(name) ? Math.ceil(RUNS / 10) : RUNS, seed: SEED },
        );
      } catch (error) {
        failures.push((error as Error).message.split('\n').slice(0, 6).join('\n'));
      }
      const tablesChecked = accepted === 0;
      if (tablesChecked) {
        const changed = Object.keys(before).filter((table) => before[table] !== undefined);
        const after = await snapshots.take();
        const differing = changed.filter((table) => after[table] !== before[table]);
        if (differing.length > 0) failures.push(`${name} refused every request, yet changed ${differing.join(', ')}`);
      }
      report[name] = { requests: Object.values(statuses).reduce((a, b) => a + b, 0), statuses, tablesChecked };
    }
    expect(failures).toEqual([]);
  }, 1_800_000);
});

/**
 * A path segment as a client would send it; a lone surrogate, which encodeURIComponent refuses, goes
 * as the bytes of its invalid UTF-8 encoding, as a hostile client could send them.
 */
const LONE_SURROGATE = /([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/;

function encodePathSegment(text: string): string {
  return text
    .split(LONE_SURROGATE)
    .map((part, index) => (index % 2 === 1 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

/** Query values as the strings a URL carries (objects as JSON, so they still arrive, malformed). */
function stringQuery(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}
