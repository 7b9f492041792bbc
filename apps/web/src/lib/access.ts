import type { MeView, OrganisationRole } from './api/me';

/*
 * What the signed-in person's roles let them see. The API decides access; the app uses the same
 * roles only to offer what will work (menus, links, page guards).
 */

export const hasRole = (me: MeView, role: OrganisationRole): boolean => me.roles.includes(role);
export const isEmployerAdmin = (me: MeView): boolean => hasRole(me, 'employer_admin');
export const isSupervisor = (me: MeView): boolean => hasRole(me, 'supervisor');

/**
 * The role needs two-step verification and it is not on yet: the API lets the
 * session do nothing but set it up (or sign out), so neither does the app.
 */
export const mustSetUpTwoFactor = (me: MeView): boolean => Boolean(me.totpRequired) && !me.totpEnabled;
