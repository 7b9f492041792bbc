import type { SessionUser } from '../../src/access/session-user';

/** The organisation the small tests' callers belong to. */
export const TEST_ORGANISATION_ID = 'org-1';

/** A signed-in member of the test organisation with these roles, as a service sees them. */
export function sessionUser(personId: string, roles: SessionUser['roles']): SessionUser {
  return { personId, organisationId: TEST_ORGANISATION_ID, roles, isPlatformAdmin: false };
}

/** A platform administrator: no organisation, no organisation roles. */
export const PLATFORM_ADMIN_USER: SessionUser = {
  personId: 'platform',
  organisationId: null,
  roles: [],
  isPlatformAdmin: true,
};
