import { personViewRolesValues, personViewSupervisionTypesValues, type PersonView } from '../../../lib/api/schema.gen';

export type OrganisationRole = PersonView['roles'][number];
export type SupervisionType = PersonView['supervisionTypes'][number];

/** In the API's order (the generated document's enumerations). */
export const ROLES: readonly OrganisationRole[] = personViewRolesValues;
export const SUPERVISION_TYPES: readonly SupervisionType[] = personViewSupervisionTypesValues;

export const ROLE_LABELS: Record<OrganisationRole, string> = {
  link_worker: 'Link worker',
  supervisor: 'Supervisor',
  employer_admin: 'Employer admin',
};

export const ROLE_HINTS: Record<OrganisationRole, string> = {
  link_worker: 'Link workers, health and wellbeing coaches and care coordinators: is observed and assessed',
  supervisor: 'Scores observed practice and signs off the people assigned to them',
  employer_admin: 'Manages the organisation’s people and sees everyone’s progress',
};

export const SUPERVISION_TYPE_LABELS: Record<SupervisionType, string> = {
  workplace: 'Workplace',
  clinical: 'Clinical',
  group: 'Group',
};

/** "Link worker, Supervisor"; "No roles" when there are none. */
export function rolesText(roles: readonly OrganisationRole[]): string {
  return roles.length > 0 ? roles.map((role) => ROLE_LABELS[role]).join(', ') : 'No roles';
}

/** Ids of each role's and type's checkbox, so error summaries can link to the first. */
export const roleInputId = (role: OrganisationRole): string => `role-${role.replace('_', '-')}`;
export const supervisionTypeInputId = (type: SupervisionType): string => `supervision-type-${type}`;
