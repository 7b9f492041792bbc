import { CHRIS, newResetToken } from '../world';
import { everyone, NEW_PASSWORD, UNKNOWN_TOKEN, type RouteTable } from '../route-spec';

/** apps/api/src/password-reset: requesting a reset link, reading it, and choosing a new password (under /api/auth). */
export const PASSWORD_RESET_ROUTES: RouteTable = {
  'POST /api/auth/password-reset': {
    public: true,
    request: ({ world, actor }) => ({ body: { email: world.emailOf(actor) } }),
    expect: everyone(202),
  },
  'GET /api/auth/password-reset/{token}': {
    public: true,
    request: ({ world }) => ({ params: { token: world.resetToken } }),
    expect: everyone(200),
    variants: [
      {
        actor: 'anonymous',
        label: 'with an unknown token',
        expect: 404,
        request: () => ({ params: { token: UNKNOWN_TOKEN } }),
      },
    ],
  },
  'POST /api/auth/password-reset/{token}': {
    public: true,
    // A new link each time (a link works once), for chris.care, whom no actor is.
    request: async ({ world }) => ({
      params: { token: await newResetToken(world.clients.anonymous, world.databaseUrl, CHRIS.email) },
      body: { password: NEW_PASSWORD },
    }),
    expect: everyone(204),
    variants: [
      {
        actor: 'anonymous',
        label: 'with an unknown token',
        expect: 404,
        request: () => ({ params: { token: UNKNOWN_TOKEN }, body: { password: NEW_PASSWORD } }),
      },
    ],
  },
};
