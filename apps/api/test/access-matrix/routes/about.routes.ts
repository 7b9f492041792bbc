import { everyone, PUBLIC_READ, type RouteTable } from '../route-spec';

/** apps/api/src/about: what Ladder is, for anyone. */
export const ABOUT_ROUTES: RouteTable = {
  'GET /api/about': { ...PUBLIC_READ, expect: everyone(200) },
};
