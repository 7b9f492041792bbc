/**
 * Who must use two-step verification: employer admins (they see everyone's
 * records in their organisation) and platform admins (they change what every
 * organisation is assessed against). Everyone else may turn it on.
 */
export function roleNeedsSecondFactor(person: { roles: readonly string[]; isPlatformAdmin: boolean }): boolean {
  return person.isPlatformAdmin || person.roles.includes('employer_admin');
}
