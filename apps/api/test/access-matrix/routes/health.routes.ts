import { everyone, PUBLIC_READ, type RouteTable } from '../route-spec';

/** apps/api/src/health: the readiness probe, for anyone. */
export const HEALTH_ROUTES: RouteTable = {
  'GET /api/health': { ...PUBLIC_READ, expect: everyone(200) },
};
