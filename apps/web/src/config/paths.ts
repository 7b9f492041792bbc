import type { MeView } from '../lib/api/me';
import { isEmployerAdmin, isSupervisor, mustSetUpTwoFactor } from '../lib/access';

/*
 * Every address of the app and its navigation, in one place: the route table (app/App.tsx)
 * serves the patterns; features and routes link with the builders. Ids come from the API, not
 * this app, and framework item ids contain `:` and `.`, so every segment is encoded.
 */

const segment = encodeURIComponent;

/** The route table's patterns (react-router syntax). */
export const ROUTES = {
  home: '/',
  frameworks: '/frameworks',
  framework: '/frameworks/:key',
  frameworkVersion: '/frameworks/:key/:version',
  frameworkItem: '/frameworks/:key/:version/items/:itemId',
  signIn: '/sign-in',
  passwordReset: '/password-reset',
  passwordResetLink: '/password-reset/:token',
  invitation: '/invitations/:token',
  twoFactor: '/account/two-factor',
  supervisees: '/supervisees',
  people: '/people',
  invitePerson: '/people/invite',
  newAssignment: '/people/assignments/new',
  endAssignment: '/people/assignments/:id/end',
  person: '/people/:id',
  workerProgress: '/people/:id/progression',
  planObservation: '/observations/new',
  observation: '/observations/:id',
  checkObservation: '/observations/:id/check',
  amendObservation: '/observations/:id/amend',
} as const;

/** Addresses to link to. */
export const paths = {
  home: ROUTES.home,
  frameworks: ROUTES.frameworks,
  frameworkVersion: (key: string, version: string): string =>
    `${ROUTES.frameworks}/${segment(key)}/${segment(version)}`,
  frameworkItem: (key: string, version: string, itemId: string): string =>
    `${paths.frameworkVersion(key, version)}/items/${segment(itemId)}`,
  signIn: ROUTES.signIn,
  passwordReset: ROUTES.passwordReset,
  twoFactor: ROUTES.twoFactor,
  supervisees: ROUTES.supervisees,
  people: ROUTES.people,
  invitePerson: ROUTES.invitePerson,
  newAssignment: ROUTES.newAssignment,
  endAssignment: (id: string): string => `${ROUTES.people}/assignments/${segment(id)}/end`,
  person: (id: string): string => `${ROUTES.people}/${segment(id)}`,
  workerProgress: (workerId: string): string => `${paths.person(workerId)}/progression`,
  planObservation: (workerId: string): string => `${ROUTES.planObservation}?workerId=${segment(workerId)}`,
  observation: (id: string): string => `/observations/${segment(id)}`,
  checkObservation: (id: string): string => `${paths.observation(id)}/check`,
  amendObservation: (id: string): string => `${paths.observation(id)}/amend`,
} as const;

export interface NavigationItem {
  to: string;
  label: string;
}

/**
 * The header navigation: each person sees only what their roles let them do.
 * Frameworks are public; My supervisees is for supervisors; People for employer
 * admins. A session that must first set up two-step verification gets no more
 * than the public pages.
 */
export function navigationFor(me: MeView | null | undefined): NavigationItem[] {
  const items: NavigationItem[] = [{ to: paths.frameworks, label: 'Frameworks' }];
  if (!me || mustSetUpTwoFactor(me)) return items;
  if (isSupervisor(me)) items.push({ to: paths.supervisees, label: 'My supervisees' });
  if (isEmployerAdmin(me)) items.push({ to: paths.people, label: 'People' });
  return items;
}
