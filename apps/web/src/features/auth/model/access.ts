import type { MeView, OrganisationRole } from '../api/me';

export const hasRole = (me: MeView, role: OrganisationRole): boolean => me.roles.includes(role);
export const isEmployerAdmin = (me: MeView): boolean => hasRole(me, 'employer_admin');
export const isSupervisor = (me: MeView): boolean => hasRole(me, 'supervisor');

/**
 * The role needs two-step verification and it is not on yet: the API lets the
 * session do nothing but set it up (or sign out), so neither does the app.
 */
export const mustSetUpTwoFactor = (me: MeView): boolean => Boolean(me.totpRequired) && !me.totpEnabled;

export const ROLE_LABELS: Record<OrganisationRole, string> = {
  link_worker: 'Link worker',
  supervisor: 'Supervisor',
  employer_admin: 'Employer admin',
};

export const FRAMEWORKS_PATH = '/frameworks';
export const PEOPLE_PATH = '/people';
export const SUPERVISEES_PATH = '/supervisees';
export const TWO_FACTOR_PATH = '/account/two-factor';

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
  const items: NavigationItem[] = [{ to: FRAMEWORKS_PATH, label: 'Frameworks' }];
  if (!me || mustSetUpTwoFactor(me)) return items;
  if (isSupervisor(me)) items.push({ to: SUPERVISEES_PATH, label: 'My supervisees' });
  if (isEmployerAdmin(me)) items.push({ to: PEOPLE_PATH, label: 'People' });
  return items;
}

export interface NextStep {
  to: string;
  label: string;
  description: string;
}

/** The home page's next steps for the signed-in person's roles. */
export function nextStepsFor(me: MeView): NextStep[] {
  if (mustSetUpTwoFactor(me)) {
    return [
      {
        to: TWO_FACTOR_PATH,
        label: 'Set up two-step verification',
        description: 'Your role needs it before you can use Ladder.',
      },
    ];
  }
  const steps: NextStep[] = [];
  if (isEmployerAdmin(me)) {
    steps.push(
      {
        to: PEOPLE_PATH,
        label: 'Manage people',
        description: 'See everyone in your organisation, change their roles, and assign supervisors.',
      },
      { to: '/people/invite', label: 'Invite a person', description: 'Send someone a link to create their account.' },
    );
  }
  if (isSupervisor(me)) {
    steps.push({
      to: SUPERVISEES_PATH,
      label: 'See the people you supervise',
      description: 'The workers you currently supervise.',
    });
  }
  steps.push({
    to: FRAMEWORKS_PATH,
    label: 'Read the competency frameworks',
    description: me.isPlatformAdmin
      ? 'The national frameworks every organisation is assessed against.'
      : 'The competencies you are assessed against, with the Somerset rubrics.',
  });
  if (!me.totpEnabled) {
    steps.push({
      to: TWO_FACTOR_PATH,
      label: 'Set up two-step verification',
      description: 'Protect your account with a code from an authenticator app.',
    });
  }
  return steps;
}
