import { totpCode } from '../../../src/auth/totp';
import { DEMO_PASSWORD } from '../../../src/demo/demo-people';
import type { ApiClient } from '../../auth-helpers';
import { everyone, PUBLIC_READ, signedIn, type RouteTable } from '../route-spec';
import { ACTORS } from '../world';

/** Starts two-step set-up as the client and returns the code that confirms it. */
async function startTotpSetup(client: ApiClient): Promise<string> {
  const setup = await client.post('/api/auth/totp/setup');
  if (setup.status !== 200) throw new Error(`2FA set-up failed: ${setup.status}`);
  return totpCode((setup.body as { secret: string }).secret, Date.now());
}

/** Turns two-step verification on for the client; returns its recovery codes. */
async function enableTotp(client: ApiClient): Promise<string[]> {
  const enabled = await client.post('/api/auth/totp/enable', { code: await startTotpSetup(client) });
  if (enabled.status !== 200) throw new Error(`2FA enable failed: ${enabled.status}`);
  return (enabled.body as { recoveryCodes: string[] }).recoveryCodes;
}

/** apps/api/src/auth: signing in and out, who am I, two-step verification. */
export const AUTH_ROUTES: RouteTable = {
  'GET /api/auth/csrf': { ...PUBLIC_READ, expect: everyone(200) },
  'POST /api/auth/login': {
    public: true,
    // Each actor signs in again as themselves: the new session replaces theirs in the same client.
    // The anonymous caller signs in as alex on a client of its own, so it stays anonymous.
    request: ({ world, actor }) => ({ body: { email: world.emailOf(actor), password: DEMO_PASSWORD } }),
    freshClient: ['anonymous'],
    expect: everyone(200),
    variants: [
      {
        actor: 'anonymous',
        label: 'with a wrong password',
        expect: 401,
        request: ({ world }) => ({ body: { email: world.emailOf('anonymous'), password: 'not-the-password' } }),
      },
    ],
  },
  'POST /api/auth/logout': {
    freshClient: ACTORS,
    expect: signedIn(204),
  },
  'GET /api/auth/me': { expect: signedIn(200) },
  'POST /api/auth/totp/setup': { expect: signedIn(200) },
  'POST /api/auth/totp/enable': {
    request: async ({ actor, client }) => ({
      body: { code: actor === 'anonymous' ? '123456' : await startTotpSetup(client) },
    }),
    expect: signedIn(200),
    // Turn it off again, so later sign-ins of the actor need no code.
    afterSuccess: async ({ client }, response) => {
      const [recoveryCode] = (response.body as { recoveryCodes: string[] }).recoveryCodes;
      const disabled = await client.post('/api/auth/totp/disable', { code: recoveryCode });
      if (disabled.status !== 204) throw new Error(`2FA disable after the enable case failed: ${disabled.status}`);
    },
  },
  'POST /api/auth/totp/disable': {
    // Demo mode: admins may turn it off too (production refusal: auth-second-factor.spec.ts).
    request: async ({ actor, client }) => ({
      body: { code: actor === 'anonymous' ? '123456' : (await enableTotp(client))[0] },
    }),
    expect: signedIn(204),
  },
};
