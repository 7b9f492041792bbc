import { SOMERSET_DEFAULT_POLICY, derivePolicy } from '@ladder/dreyfus';
import { accessPolicyOver } from '../../test/support/access-facts';
import { PLATFORM_ADMIN_USER } from '../../test/support/session-users';
import { strictMock } from '../../test/support/strict-mock';
import type { SessionUser } from '../access/session-user';
import type { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, NotFoundError, NotVisibleError } from '../common/domain-errors';
import type { TenantContext } from '../database/tenant-context';
import type { CreatePolicyDto } from './dto/create-policy.dto';
import type { PolicyRepository, StoredAdoption } from './policy.repository';
import { PolicyService } from './policy.service';
import type { ProgressionPolicyEntity } from './progression-policy.entity';

const ORG = 'org-1';
const admin: SessionUser = {
  personId: 'p-admin',
  organisationId: ORG,
  roles: ['employer_admin'],
  isPlatformAdmin: false,
};
const worker: SessionUser = {
  personId: 'p-worker',
  organisationId: ORG,
  roles: ['link_worker'],
  isPlatformAdmin: false,
};

const LOCAL = derivePolicy(SOMERSET_DEFAULT_POLICY, { key: 'local', version: 1, title: 'Local' });
const LOCAL_V2 = derivePolicy(LOCAL, { version: 2, currencyWindowMonths: 12 });

function row(id: string, organisationId: string | null, definition = SOMERSET_DEFAULT_POLICY, used = false) {
  return {
    id,
    organisationId,
    key: definition.key,
    version: definition.version,
    definition,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    createdBy: organisationId === null ? null : admin.personId,
    firstUsedAt: used ? new Date('2026-01-02T00:00:00Z') : null,
  } as ProgressionPolicyEntity;
}

/** The policy methods stubbed below: the ones a test may see called. */
const STUBBED = [
  'listVisible',
  'findBuiltIn',
  'findOwn',
  'builtInKeyExists',
  'insertIfAbsent',
  'markUsed',
  'findAdoption',
  'adopt',
] as const;

/** A repository holding these rows, with every call recorded; any other method fails the test. */
function repositoryWith(rows: ProgressionPolicyEntity[], adoption: StoredAdoption | null = null) {
  const find = (org: string | null, key: string, version: number) =>
    rows.find((r) => r.organisationId === org && r.key === key && r.version === version) ?? null;
  return strictMock<PolicyRepository>('PolicyRepository', {
    listVisible: async () => rows,
    findBuiltIn: async (key, version) => find(null, key, version),
    findOwn: async (org, key, version) => find(org, key, version),
    builtInKeyExists: async (key) => rows.some((r) => r.organisationId === null && r.key === key),
    insertIfAbsent: async () => row('new', ORG, LOCAL_V2),
    markUsed: async () => undefined,
    findAdoption: async () => adoption,
    adopt: async () => undefined,
  });
}

function serviceWith(repository: jest.Mocked<PolicyRepository>) {
  // The only fact the policy asks here: whether another organisation holds a named policy (no, unless a test says so).
  const { access, facts } = accessPolicyOver({ policyHeldElsewhere: async () => false });
  const audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
  const service = new PolicyService(repository, access, audit, strictMock<TenantContext>('TenantContext'));
  return { service, audit, facts };
}

describe('PolicyService', () => {
  const builtIn = row('builtin', null);
  const local = row('local-1', ORG, LOCAL);

  it.each([
    ['no policy named and none adopted: the built-in default', null, undefined, 'builtin'],
    ['no policy named: the adopted one', local, undefined, 'local-1'],
    ['a named built-in, whatever is adopted', local, { key: 'somerset-default', version: 1 }, 'builtin'],
    ['a named policy of the organisation', null, { key: 'local', version: 1 }, 'local-1'],
  ])('resolves %s', async (_case, adopted, ref, expectedId) => {
    const adoption = adopted ? { policy: adopted, adoptedAt: new Date(), adoptedBy: admin.personId } : null;
    const { service } = serviceWith(repositoryWith([builtIn, local], adoption));
    const resolved = ref ? await service.resolveNamed(admin, ref) : await service.resolve(ORG);
    expect(resolved.id).toBe(expectedId);
    expect(resolved.policy).toEqual(expectedId === 'builtin' ? SOMERSET_DEFAULT_POLICY : LOCAL);
  });

  it('404 naming a policy the caller cannot see; a caller with no organisation sees only built-ins', async () => {
    const repository = repositoryWith([builtIn, local]);
    const { service } = serviceWith(repository);
    await expect(service.resolveNamed(admin, { key: 'local', version: 2 })).rejects.toThrow(
      new NotFoundError('There is no progression policy local version 2'),
    );
    await expect(service.resolveNamed(PLATFORM_ADMIN_USER, { key: 'local', version: 1 })).rejects.toThrow(
      NotFoundError,
    );
    expect(repository.findOwn).toHaveBeenCalledTimes(1);
  });

  it('answers another organisation’s policy exactly like a missing one, as a denial to audit', async () => {
    const { service, facts } = serviceWith(repositoryWith([builtIn]));
    facts.policyHeldElsewhere.mockResolvedValue(true);
    const refused = service.resolveNamed(admin, { key: 'theirs', version: 1 });
    await expect(refused).rejects.toBeInstanceOf(NotVisibleError);
    await expect(refused).rejects.toMatchObject({
      answer: 'There is no progression policy theirs version 1',
      target: { type: 'progression-policy', id: 'theirs@1' },
    });
  });

  it('records the first use only once', async () => {
    const repository = repositoryWith([builtIn, row('used', ORG, LOCAL, true)]);
    const { service } = serviceWith(repository);
    await service.markUsed(await service.resolve(ORG));
    await service.markUsed(await service.resolveNamed(admin, { key: 'local', version: 1 }));
    expect(repository.markUsed.mock.calls).toEqual([['builtin']]);
  });

  it('checks access first: a non-admin is refused before anything is read or stored', async () => {
    const repository = repositoryWith([builtIn]);
    const { service } = serviceWith(repository);
    const body = JSON.parse(JSON.stringify(LOCAL_V2)) as CreatePolicyDto;
    await expect(service.create(worker, body)).rejects.toThrow(ForbiddenError);
    await expect(service.adopt(worker, { key: 'somerset-default', version: 1 })).rejects.toThrow(ForbiddenError);
    for (const method of STUBBED) expect(repository[method]).not.toHaveBeenCalled();
  });

  it('reserves built-in keys and refuses a version the organisation already has', async () => {
    const repository = repositoryWith([builtIn, local]);
    const { service, audit } = serviceWith(repository);
    const builtInKey = { ...JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)), version: 2 } as CreatePolicyDto;
    await expect(service.create(admin, builtInKey)).rejects.toThrow(ConflictError);
    repository.insertIfAbsent.mockResolvedValueOnce(null as unknown as ProgressionPolicyEntity);
    // The same key and version with a different definition: a change, refused (the same definition is a retry).
    const changed = { ...JSON.parse(JSON.stringify(LOCAL)), title: 'Changed' } as CreatePolicyDto;
    await expect(service.create(admin, changed)).rejects.toThrow(/already has policy local version 1/);
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });

  it('answers the same policy sent again with the one stored, auditing nothing', async () => {
    const repository = repositoryWith([builtIn, local]);
    const { service, audit } = serviceWith(repository);
    repository.insertIfAbsent.mockResolvedValueOnce(null as unknown as ProgressionPolicyEntity);
    const view = await service.create(admin, JSON.parse(JSON.stringify(LOCAL)) as CreatePolicyDto);
    expect(view).toMatchObject({ key: 'local', version: 1 });
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });
});
