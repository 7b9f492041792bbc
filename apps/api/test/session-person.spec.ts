import type { INestApplication } from '@nestjs/common';
import { SessionRepository } from '../src/sessions/session.repository';
import { createTestApp } from './test-app';

/** Every signed-in request reads its session and person in one call, and never the password hash (issue 10). */
describe('the session look-up of every signed-in request (real PostgreSQL)', () => {
  let app: INestApplication;

  afterAll(async () => {
    await app?.close();
  });

  it('returns the session and what requests need of its person, without the password hash', async () => {
    const testApp = await createTestApp();
    app = testApp.app;
    const organisation = await testApp.factories.newOrganisation();
    const person = await testApp.factories.newPerson(organisation, { roles: ['supervisor'] });
    const sessions = app.get(SessionRepository);
    const tokenHash = 'f'.repeat(64);
    await sessions.create({ tokenHash, personId: person.id, expiresAt: new Date(Date.now() + 60_000) });

    const found = await sessions.sessionWithPerson(tokenHash);
    expect(found?.session.personId).toBe(person.id);
    expect(found?.person).toEqual({
      id: person.id,
      organisationId: organisation.id,
      roles: ['supervisor'],
      isPlatformAdmin: false,
      active: true,
      totpEnabled: false,
    });
    expect(await sessions.sessionWithPerson('0'.repeat(64))).toBeNull();
  });
});
