import type { INestApplication } from '@nestjs/common';
import type { ApiClient } from './auth-helpers';
import { changedTables, DatabaseSnapshots, TABLES_THAT_CHANGE_ON_ANY_REQUEST } from './access-matrix/database-snapshot';
import { flattenMatrix, ROUTES, type MatrixCase } from './access-matrix/matrix';
import { ACTOR_PERSON, RECORDS, World } from './access-matrix/world';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/**
 * The access-control matrix (accounts/access issue): every API route × every actor ×
 * own record / someone else's in the same organisation / another organisation's, with
 * the exact status, and proof that a refused request changed nothing and was audited.
 * Each API feature folder has its route table in `access-matrix/routes/<feature>.routes.ts`
 * (the rules and row shape: `access-matrix/route-spec.ts`), collected by `routes/index.ts`;
 * a route in the OpenAPI document without a row there (or a row for a route that is gone)
 * fails the first test.
 *
 * The app runs in demo mode, where employer and platform admins need no second factor,
 * so the admin actors sign in with a password alone and reach every route. Outside demo
 * mode an admin without two-step verification is confined to enrolling it; that
 * restriction is covered by auth-second-factor.spec.ts.
 *
 * One app and one database for the whole file; each actor signs in once (the throttle
 * counts only failures, and only one case fails a sign-in). Cases run in table order,
 * and successful writes are chosen so that later cases still hold (see the route tables).
 */
const { cases, problems } = flattenMatrix();

/** `actor action status` of each audited refusal that ran, for the cross-check at the end. */
const auditedRefusals: string[] = [];

describe('access-control matrix (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let world: World;
  let snapshots: DatabaseSnapshots;

  beforeAll(async () => {
    ({ app, databaseUrl } = await createTestApp({ demoMode: true }));
    world = await World.create(app, databaseUrl);
    snapshots = await DatabaseSnapshots.open(databaseUrl);
  }, 60_000);

  afterAll(async () => {
    await snapshots?.close();
    await app?.close();
  });

  it('has a row for every route in the OpenAPI document, and none for a route that is gone', async () => {
    const response = await world.clients.anonymous.get('/api/docs-json').expect(200);
    const paths = (response.body as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((key) => HTTP_METHODS.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const inMatrix = Object.keys(ROUTES);
    expect({
      routesMissingFromTheMatrix: documented.filter((route) => !inMatrix.includes(route)).sort(),
      matrixRowsForRoutesThatDoNotExist: inMatrix.filter((route) => !documented.includes(route)).sort(),
    }).toEqual({ routesMissingFromTheMatrix: [], matrixRowsForRoutesThatDoNotExist: [] });
  });

  it('states a status for every actor and target of every route, and every known defect matches a case', () => {
    expect(problems).toEqual([]);
  });

  it('compares every table but the ones that change on any request', () => {
    expect(snapshots.tables.length).toBeGreaterThan(10);
    for (const table of TABLES_THAT_CHANGE_ON_ANY_REQUEST) expect(snapshots.tables).not.toContain(table);
    expect(snapshots.tables).toEqual(expect.arrayContaining(['people', 'supervision_assignments', 'invitations']));
  });

  it.each(cases)('$name', async (matrixCase: MatrixCase) => {
    const { actor, target, spec } = matrixCase;
    const client = matrixCase.freshClient ? await world.freshClient(actor) : world.clients[actor];
    const recordId = spec.record && target ? RECORDS[spec.record][actor][target] : undefined;
    const input = { world, actor, client, recordId };
    const prepared = matrixCase.request ? await matrixCase.request(input) : {};
    const params = { ...(recordId && !spec.recordInRequest ? { id: recordId } : {}), ...prepared.params };
    const query = prepared.query ? `?${new URLSearchParams(prepared.query).toString()}` : '';
    const url = fillPath(matrixCase.path, params) + query;

    const refused = matrixCase.assertStatus >= 400;
    const before = refused ? await snapshots.take() : undefined;
    const auditFrom = await snapshots.lastAuditId();

    const response = await send(client, matrixCase.method, url, prepared.body, matrixCase.withoutCsrf);
    expect({ status: response.status, body: summary(response.body) }).toEqual(
      expect.objectContaining({ status: matrixCase.assertStatus }),
    );

    const audit = await snapshots.auditSince(auditFrom);
    const denials = audit.filter((row) => row.outcome === 'denied');
    if (before) {
      expect({ tablesChangedByARefusedRequest: changedTables(before, await snapshots.take()) }).toEqual({
        tablesChangedByARefusedRequest: [],
      });
    }
    if (matrixCase.audited) {
      // The error filter writes every access refusal, in or outside the organisation, on its own.
      expect(denials).toEqual([
        expect.objectContaining({
          actor_id: ACTOR_PERSON[actor as Exclude<typeof actor, 'anonymous'>].id,
          action: `${matrixCase.method} ${matrixCase.path.replace(/\{(\w+)\}/g, ':$1')}`,
          detail: expect.objectContaining({ status: matrixCase.assertStatus }),
        }),
      ]);
      auditedRefusals.push(`${denials[0]?.actor_id} ${denials[0]?.action} ${matrixCase.assertStatus}`);
    } else if (!refused || matrixCase.defect?.audited === false) {
      // Nothing denied; or a known audit gap, which fails here once it is fixed (then drop its entry).
      expect(denials).toEqual([]);
    }

    if (!refused && spec.afterSuccess) await spec.afterSuccess(input, response);
  });

  it('left exactly one denied audit row per audited refusal, and none for 401s, CSRF or unknown links', async () => {
    expect(auditedRefusals.length).toBeGreaterThan(100);
    const rows = await ownerQuery<{ actor_id: string; action: string; status: string }>(
      databaseUrl,
      `SELECT actor_id, action, detail->>'status' AS status FROM audit_log WHERE outcome = 'denied'`,
    );
    expect(rows.map((row) => `${row.actor_id} ${row.action} ${row.status}`).sort()).toEqual(
      [...auditedRefusals].sort(),
    );
  });
});

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Keys of an OpenAPI path item that are operations (it may also hold `parameters`, `summary`…). */
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The request as the client would send it; without the CSRF header when the case says so. */
function send(client: ApiClient, method: string, url: string, body: object | undefined, withoutCsrf: boolean) {
  const verb = method.toLowerCase() as Verb;
  let request = client.agent[verb](url);
  if (verb !== 'get' && !withoutCsrf) request = request.set('X-CSRF-Token', client.csrfToken);
  return body === undefined ? request : request.send(body);
}

/** Enough of a response body to see why a case failed, without pages of framework JSON. */
function summary(body: unknown): string {
  const text = JSON.stringify(body) ?? '';
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
