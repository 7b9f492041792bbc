import type { OutgoingMail } from '../mail/mail-sender';

export function passwordResetMail(reset: { organisationId: string | null; email: string; link: string }): OutgoingMail {
  return {
    kind: 'password-reset',
    organisationId: reset.organisationId,
    to: reset.email,
    subject: 'Reset your Ladder password',
    link: reset.link,
    text: [
      'Someone — we hope you — asked to reset the password of your Ladder account.',
      '',
      'Choose a new password here:',
      reset.link,
      '',
      'The link works once and expires in 1 hour. Resetting your password signs you out everywhere.',
      'If you did not ask for this, ignore this email: your password has not changed.',
      '',
    ].join('\n'),
  };
}
