import { everyone, PLATFORM_ADMIN_ONLY, PUBLIC_READ, type RouteTable } from '../route-spec';
import { nextSerial } from '../world';

/** apps/api/src/frameworks: published documents, public reads, platform-admin imports. */
export const FRAMEWORK_ROUTES: RouteTable = {
  'GET /api/frameworks': { ...PUBLIC_READ, expect: everyone(200) },
  'GET /api/frameworks/{key}/versions/{version}': {
    ...PUBLIC_READ,
    request: () => ({ params: { key: 'somerset', version: 'current' } }),
    expect: everyone(200),
  },
  'GET /api/frameworks/{key}/versions/{version}/case': {
    ...PUBLIC_READ,
    request: () => ({ params: { key: 'somerset', version: 'current' } }),
    expect: everyone(200),
  },
  'POST /api/frameworks/import': {
    request: ({ world }) => ({
      body: { key: 'somerset', version: `2090.${nextSerial()}`, package: world.somersetPackage },
    }),
    expect: PLATFORM_ADMIN_ONLY(201),
  },
};
