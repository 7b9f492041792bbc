import { SOMERSET_DEFAULT_POLICY } from '@ladder/dreyfus';
import { EMPLOYER_ADMIN_ONLY, signedIn, type RouteTable } from '../route-spec';
import { nextSerial } from '../world';

/** A new, valid attainment policy version for the caller's organisation. */
function newPolicy() {
  return {
    ...(JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)) as object),
    key: `access-matrix-${nextSerial()}`,
    version: 1,
    title: 'Access matrix: the default under a key of its own',
  };
}

/** apps/api/src/policies: attainment policies and the organisation's adopted one. */
export const POLICY_ROUTES: RouteTable = {
  'GET /api/policies': { expect: signedIn(200) },
  'POST /api/policies': { request: () => ({ body: newPolicy() }), expect: EMPLOYER_ADMIN_ONLY(201) },
  'GET /api/organisation/policy': { expect: signedIn(200, { platformAdmin: 403 }) },
  'PUT /api/organisation/policy': {
    request: () => ({ body: { key: 'somerset-default', version: 1 } }),
    expect: EMPLOYER_ADMIN_ONLY(200),
  },
};
