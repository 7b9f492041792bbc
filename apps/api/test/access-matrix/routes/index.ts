import type { RouteTable } from '../route-spec';
import { ABOUT_ROUTES } from './about.routes';
import { AUTH_ROUTES } from './auth.routes';
import { FRAMEWORK_ROUTES } from './frameworks.routes';
import { HEALTH_ROUTES } from './health.routes';
import { INVITATION_ROUTES } from './invitations.routes';
import { OBSERVATION_ROUTES } from './observations.routes';
import { PASSWORD_RESET_ROUTES } from './password-reset.routes';
import { PAY_SCALE_ROUTES } from './pay-scales.routes';
import { PEOPLE_ROUTES } from './people.routes';
import { POLICY_ROUTES } from './policies.routes';
import { PROGRESSION_ROUTES } from './progression.routes';

/**
 * Every feature's route table, in the order its cases run (the matrix shares one database, and
 * each table's successful writes leave what later cases need). A new API feature folder adds
 * `<feature>.routes.ts` and one line here.
 */
export const ROUTE_TABLES: readonly RouteTable[] = [
  ABOUT_ROUTES,
  HEALTH_ROUTES,
  AUTH_ROUTES,
  PASSWORD_RESET_ROUTES,
  PEOPLE_ROUTES,
  PROGRESSION_ROUTES,
  INVITATION_ROUTES,
  PAY_SCALE_ROUTES,
  FRAMEWORK_ROUTES,
  POLICY_ROUTES,
  OBSERVATION_ROUTES,
];

/** The tables as one, refusing a route that two tables claim (the second would silently win). */
export function collectRoutes(tables: readonly RouteTable[]): RouteTable {
  const routes: RouteTable = {};
  for (const table of tables) {
    for (const [route, spec] of Object.entries(table)) {
      if (route in routes) throw new Error(`${route} is in two route tables`);
      routes[route] = spec;
    }
  }
  return routes;
}

export const ROUTES: RouteTable = collectRoutes(ROUTE_TABLES);
