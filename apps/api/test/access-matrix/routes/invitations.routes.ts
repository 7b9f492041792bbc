import { EMPLOYER_ADMIN_ONLY, everyone, NEW_PASSWORD, UNKNOWN_TOKEN, type RouteTable } from '../route-spec';
import { newInvitationToken, nextSerial } from '../world';

/** apps/api/src/invitations: employer admins invite; the link is public. */
export const INVITATION_ROUTES: RouteTable = {
  'POST /api/invitations': {
    request: () => ({
      body: { email: `invited.${nextSerial()}@example.org`, fullName: 'Rowan Ellis', roles: ['link_worker'] },
    }),
    expect: EMPLOYER_ADMIN_ONLY(201),
  },
  'GET /api/invitations': { expect: EMPLOYER_ADMIN_ONLY(200) },
  'GET /api/invitations/{token}': {
    public: true,
    request: ({ world }) => ({ params: { token: world.invitationToken } }),
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
  'POST /api/invitations/{token}/accept': {
    public: true,
    // A new invitation each time: a link works once.
    request: async ({ world }) => ({
      params: { token: await newInvitationToken(world.clients.employerAdmin, world.databaseUrl) },
      body: { password: NEW_PASSWORD },
    }),
    expect: everyone(201),
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
