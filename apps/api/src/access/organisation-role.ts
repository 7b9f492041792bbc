/** Roles a person may hold in their organisation; a person may hold several. */
export const ORGANISATION_ROLES = ['link_worker', 'supervisor', 'employer_admin'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
