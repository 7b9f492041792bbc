import { ROUTES } from './routes';
import type { CaseInput, Prepared, RouteSpec, RouteTable, Status } from './route-spec';
import { ACTORS, RECORDS, type Actor, type Target } from './world';

export { ROUTES } from './routes';

/*
 * The access-control matrix, flattened into one case per test. The rules and the shape of a
 * row are in `route-spec.ts`; each API feature's rows are in `routes/<feature>.routes.ts`,
 * collected in table order by `routes/index.ts`.
 */

/**
 * Cases where the code answers differently from the access rules of the route tables. Each case
 * still runs, asserts what the code answers now (so the suite stays green while the
 * fix is pending) and that nothing changed, and says so in its test name. When the
 * service is fixed that test fails: delete the entry and the matrix's own status
 * takes over.
 */
export interface KnownAccessDefect {
  route: string;
  actor: Actor;
  target?: Target;
  /** What the code answers today, when it is not the matrix's (correct) status. */
  actual?: Status;
  /** false: the refusal has the right status but is not written to the audit log. */
  audited?: false;
  why: string;
}

/** None known: the role-before-organisation defects found by this matrix are fixed (services look the record up first). */
export const KNOWN_ACCESS_DEFECTS: readonly KnownAccessDefect[] = [];

// ---------------------------------------------------------------------------------------------
// Flattening the table into one case per test.

const PATH_TARGET_LABELS: Record<Target, string> = {
  own: 'on own record',
  supervisee: 'on supervisee’s record',
  sameOrg: 'on same-org other record',
  otherOrg: 'on other-org record',
  any: 'on a record',
};
/** For a target named in the body or query (the worker to observe, the people to assign). */
const REQUEST_TARGET_LABELS: Record<Target, string> = {
  own: 'for themselves',
  supervisee: 'for a supervisee',
  sameOrg: 'for same-org others',
  otherOrg: 'for other-org people',
  any: 'for someone',
};

export interface MatrixCase {
  name: string;
  route: string;
  method: string;
  /** The path template, as in the OpenAPI document. */
  path: string;
  actor: Actor;
  target?: Target;
  /** What the access rules say. */
  expect: Status;
  /** What is asserted: `expect`, or the code's current answer for a known defect. */
  assertStatus: Status;
  defect?: KnownAccessDefect;
  withoutCsrf: boolean;
  freshClient: boolean;
  /** A refusal the error filter must write to the audit log (signed in, not a CSRF or public-link refusal). */
  audited: boolean;
  spec: RouteSpec;
  request?: (input: CaseInput) => Prepared | Promise<Prepared>;
}

export interface Flattened {
  cases: MatrixCase[];
  /** Gaps and mistakes in the table itself; the spec fails on any. */
  problems: string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function flattenMatrix(
  routes: RouteTable = ROUTES,
  defects: readonly KnownAccessDefect[] = KNOWN_ACCESS_DEFECTS,
): Flattened {
  const cases: MatrixCase[] = [];
  const problems: string[] = [];
  const usedDefects = new Set<KnownAccessDefect>();

  for (const [route, spec] of Object.entries(routes)) {
    const [method, path] = route.split(' ');
    if (!method || !path) {
      problems.push(`${route}: the key must be "METHOD /api/path"`);
      continue;
    }
    const labels = path.includes('{id}') ? PATH_TARGET_LABELS : REQUEST_TARGET_LABELS;
    if (spec.record && !spec.recordInRequest && !path.includes('{id}')) {
      problems.push(`${route}: names a record but has no {id} in its path`);
    }
    if (!spec.record && path.includes('{id}')) problems.push(`${route}: has {id} but names no record kind`);

    const make = (
      actor: Actor,
      target: Target | undefined,
      expect: Status,
      extra: Partial<MatrixCase> & { variantLabel?: string } = {},
    ): MatrixCase => {
      const defect = extra.withoutCsrf || extra.variantLabel ? undefined : findDefect(defects, route, actor, target);
      if (defect) usedDefects.add(defect);
      const assertStatus = defect?.actual ?? expect;
      const on = target ? ` ${labels[target]}` : '';
      const variant = extra.variantLabel ? ` ${extra.variantLabel}` : '';
      const flag = defect
        ? ` [KNOWN_ACCESS_DEFECT: ${defect.actual !== undefined ? `answers ${defect.actual}` : 'not audited'}]`
        : '';
      const withoutCsrf = extra.withoutCsrf ?? false;
      return {
        name: `${route} as ${actor}${on}${variant} → ${expect}${flag}`,
        route,
        method,
        path,
        actor,
        target,
        expect,
        assertStatus,
        defect,
        withoutCsrf,
        freshClient: extra.freshClient ?? spec.freshClient?.includes(actor) ?? false,
        audited:
          actor !== 'anonymous' &&
          !withoutCsrf &&
          !spec.public &&
          (assertStatus === 403 || assertStatus === 404) &&
          defect?.audited !== false,
        spec,
        request: extra.request ?? spec.request,
      };
    };

    const grid: MatrixCase[] = [];
    for (const actor of ACTORS) {
      const expectation = spec.expect[actor];
      if (expectation === undefined) {
        problems.push(`${route}: no expectation for ${actor}`);
        continue;
      }
      if (!spec.record) {
        if (typeof expectation !== 'number') {
          problems.push(`${route}: ${actor} has per-target statuses but the route names no record`);
          continue;
        }
        grid.push(make(actor, undefined, expectation));
        continue;
      }
      const targets = Object.keys(RECORDS[spec.record][actor]) as Target[];
      const perTarget: Partial<Record<Target, Status>> =
        typeof expectation === 'number'
          ? Object.fromEntries(targets.map((target) => [target, expectation]))
          : expectation;
      for (const target of targets) {
        const status = perTarget[target];
        if (status === undefined) problems.push(`${route}: no expectation for ${actor} on ${labels[target]}`);
        else grid.push(make(actor, target, status));
      }
      for (const target of Object.keys(perTarget) as Target[]) {
        if (!targets.includes(target)) problems.push(`${route}: ${actor} has no ${labels[target]} to test`);
      }
    }
    cases.push(...grid);

    // A state-changing request refused without the CSRF header, even from a caller it would succeed for.
    if (!SAFE_METHODS.has(method)) {
      const allowed = grid.find((c) => c.expect < 300);
      if (!allowed) problems.push(`${route}: no caller succeeds, so nothing shows the CSRF check`);
      else {
        cases.push(
          make(allowed.actor, allowed.target, 403, {
            variantLabel: 'without the CSRF header',
            withoutCsrf: true,
            freshClient: allowed.freshClient,
          }),
        );
      }
    }
    for (const variant of spec.variants ?? []) {
      cases.push(
        make(variant.actor, undefined, variant.expect, {
          variantLabel: variant.label,
          request: variant.request,
          freshClient: variant.freshClient ?? spec.freshClient?.includes(variant.actor) ?? false,
        }),
      );
    }
  }

  for (const defect of defects) {
    if (!usedDefects.has(defect)) {
      problems.push(
        `KNOWN_ACCESS_DEFECTS: ${defect.route} as ${defect.actor}${defect.target ? ` on ${defect.target}` : ''} matches no case`,
      );
    }
  }
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) problems.push(`Two cases are named "${c.name}"`);
    names.add(c.name);
  }
  return { cases, problems };
}

function findDefect(
  defects: readonly KnownAccessDefect[],
  route: string,
  actor: Actor,
  target: Target | undefined,
): KnownAccessDefect | undefined {
  return defects.find((d) => d.route === route && d.actor === actor && d.target === target);
}
