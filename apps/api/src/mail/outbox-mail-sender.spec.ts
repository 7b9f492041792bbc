import { Logger } from '@nestjs/common';
import type { MailOutboxRepository } from './mail-outbox.repository';
import type { OutgoingMail } from './mail-sender';
import { OutboxMailSender } from './outbox-mail-sender';

const MAIL: OutgoingMail = {
  kind: 'invitation',
  organisationId: 'org-1',
  to: 'rowan@example.org',
  subject: 'You are invited',
  text: 'Choose a password: https://ladder.example.org/invitations/SECRET-TOKEN',
  link: 'https://ladder.example.org/invitations/SECRET-TOKEN',
};

describe('OutboxMailSender', () => {
  let append: jest.Mock;
  let logged: string[];

  beforeEach(() => {
    append = jest.fn().mockResolvedValue(undefined);
    logged = [];
    const capture = (message: unknown) => void logged.push(String(message));
    jest.spyOn(Logger.prototype, 'log').mockImplementation(capture);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(capture);
  });

  afterEach(() => jest.restoreAllMocks());

  const sender = () => new OutboxMailSender({ append } as unknown as MailOutboxRepository);

  it('writes the whole mail to the outbox', async () => {
    await sender().send(MAIL);
    expect(append).toHaveBeenCalledWith({
      organisationId: 'org-1',
      kind: 'invitation',
      toAddress: 'rowan@example.org',
      subject: 'You are invited',
      bodyText: MAIL.text,
      link: MAIL.link,
    });
  });

  it('logs neither the address nor the token, in development too (the log is no place for a live link)', async () => {
    await sender().send(MAIL);
    expect(logged).toEqual(['Queued a mail (invitation) in the outbox']);
    expect(logged.join('\n')).not.toMatch(/SECRET-TOKEN|rowan@example\.org/);
  });
});
