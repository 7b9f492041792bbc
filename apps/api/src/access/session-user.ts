import type { OrganisationRole } from './organisation-role';

/** Who is signed in, as every service sees it. The organisation always comes from here, never from input. */
export interface SessionUser {
  personId: string;
  /** Null only for platform administrators, who belong to no organisation. */
  organisationId: string | null;
  roles: OrganisationRole[];
  isPlatformAdmin: boolean;
}
