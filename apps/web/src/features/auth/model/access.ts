import { paths } from '../../../config/paths';
import { isEmployerAdmin, isSupervisor, mustSetUpTwoFactor } from '../../../lib/access';
import type { MeView, OrganisationRole } from '../../../lib/api/me';

export const ROLE_LABELS: Record<OrganisationRole, string> = {
  link_worker: 'Link worker',
  supervisor: 'Supervisor',
  employer_admin: 'Employer admin',
};

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
        to: paths.twoFactor,
        label: 'Set up two-step verification',
        description: 'Your role needs it before you can use Ladder.',
      },
    ];
  }
  const steps: NextStep[] = [];
  if (isEmployerAdmin(me)) {
    steps.push(
      {
        to: paths.people,
        label: 'Manage people',
        description: 'See everyone in your organisation, change their roles, and assign supervisors.',
      },
      { to: paths.invitePerson, label: 'Invite a person', description: 'Send someone a link to create their account.' },
    );
  }
  if (isSupervisor(me)) {
    steps.push({
      to: paths.supervisees,
      label: 'See the people you supervise',
      description: 'The workers you currently supervise.',
    });
  }
  steps.push({
    to: paths.frameworks,
    label: 'Read the competency frameworks',
    description: me.isPlatformAdmin
      ? 'The national frameworks every organisation is assessed against.'
      : 'The competencies you are assessed against, with the Somerset rubrics.',
  });
  if (!me.totpEnabled) {
    steps.push({
      to: paths.twoFactor,
      label: 'Set up two-step verification',
      description: 'Protect your account with a code from an authenticator app.',
    });
  }
  return steps;
}
