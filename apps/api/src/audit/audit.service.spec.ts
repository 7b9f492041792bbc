import { strictMock } from '../../test/support/strict-mock';
import type { SessionUser } from '../access/session-user';
import type { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

const SUPERVISOR: SessionUser = {
  personId: 'supervisor',
  organisationId: 'org-1',
  roles: ['supervisor'],
  isPlatformAdmin: false,
};

describe('AuditService (repository mocked)', () => {
  const repository = () =>
    strictMock<AuditRepository>('AuditRepository', {
      append: async () => undefined,
      appendIndependently: async () => undefined,
    });

  it('records an allowed change in the request’s own transaction, in the actor’s organisation', async () => {
    const audit = repository();
    await new AuditService(audit).recordAllowed(
      SUPERVISOR,
      'observation.sign-off',
      { type: 'observation', id: 'obs-1' },
      { revision: 3 },
    );
    expect(audit.append).toHaveBeenCalledWith({
      organisationId: 'org-1',
      actorId: 'supervisor',
      action: 'observation.sign-off',
      targetType: 'observation',
      targetId: 'obs-1',
      outcome: 'allowed',
      detail: { revision: 3 },
    });
    expect(audit.appendIndependently).not.toHaveBeenCalled();
  });

  it('records a denial on its own, so the request’s rollback cannot erase it', async () => {
    const audit = repository();
    await new AuditService(audit).recordDenied(SUPERVISOR, 'GET /api/people/:id', { type: 'person', id: 'sam' });
    expect(audit.appendIndependently).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'denied', actorId: 'supervisor', targetId: 'sam', detail: {} }),
    );
    expect(audit.append).not.toHaveBeenCalled();
  });

  it.each([
    ['nobody signed in', null, { organisationId: null, actorId: null }],
    [
      'a platform administrator',
      { ...SUPERVISOR, organisationId: null, isPlatformAdmin: true },
      { organisationId: null, actorId: 'supervisor' },
    ],
  ])('records a denial for %s, with no organisation', async (_case, actor, expected) => {
    const audit = repository();
    await new AuditService(audit).recordDenied(actor, 'POST /api/frameworks/import', { type: 'framework' });
    expect(audit.appendIndependently).toHaveBeenCalledWith(expect.objectContaining({ ...expected, targetId: null }));
  });
});
