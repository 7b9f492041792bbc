import type { OutgoingMail } from '../mail/mail-sender';

const formatUtc = (at: Date): string =>
  `${at.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })} UTC`;

export function invitationMail(invitation: {
  organisationId: string;
  organisationName: string;
  email: string;
  fullName: string;
  expiresAt: Date;
  link: string;
}): OutgoingMail {
  return {
    kind: 'invitation',
    organisationId: invitation.organisationId,
    to: invitation.email,
    subject: `You are invited to join ${invitation.organisationName} on Ladder`,
    link: invitation.link,
    text: [
      `Hello ${invitation.fullName},`,
      '',
      `${invitation.organisationName} has invited you to Ladder, where you will keep your competency assessments and CPD portfolio.`,
      '',
      'Choose a password to create your account:',
      invitation.link,
      '',
      `The link works once and expires on ${formatUtc(invitation.expiresAt)}.`,
      'If you were not expecting this invitation, you can ignore this email.',
      '',
    ].join('\n'),
  };
}
