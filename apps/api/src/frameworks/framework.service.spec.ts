import { PLATFORM_ADMIN_USER } from '../../test/support/session-users';
import { LADDER_CROSSWALK, SOMERSET_2021, toCasePackage } from '@ladder/competencies';
import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { SessionUser } from '../access/session-user';
import type { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError } from '../common/domain-errors';
import type { ImportFrameworkVersionDto } from './dto/import-framework-version.dto';
import type { FrameworkRepository } from './framework.repository';
import { CASE_BASE_URI, FrameworkService } from './framework.service';

const PLATFORM = PLATFORM_ADMIN_USER;
const EMPLOYER_ADMIN: SessionUser = {
  personId: 'admin',
  organisationId: 'org-1',
  roles: ['employer_admin'],
  isPlatformAdmin: false,
};
const SOMERSET_PACKAGE = JSON.parse(
  JSON.stringify(toCasePackage(SOMERSET_2021, { baseUri: CASE_BASE_URI, crosswalk: LADDER_CROSSWALK })),
) as Record<string, unknown>;
const IMPORT: ImportFrameworkVersionDto = { key: 'somerset', version: '2090.1', package: SOMERSET_PACKAGE };

describe('FrameworkService.importVersion (repository mocked)', () => {
  let repository: jest.Mocked<FrameworkRepository>;
  let audit: jest.Mocked<AuditService>;
  let service: FrameworkService;

  beforeEach(() => {
    repository = strictMock<FrameworkRepository>('FrameworkRepository', {
      findVersion: async () => null,
      insertVersion: async () => true,
      currentVersionOf: async () => SOMERSET_2021.version,
    });
    audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
    // Platform admin or not is the caller's own flag: the policy is asked for no relationship facts.
    service = new FrameworkService(accessPolicyOver().access, repository, audit);
  });

  it('stores a CASE package as a new version for a platform admin, audited', async () => {
    const imported = await service.importVersion(PLATFORM, IMPORT);
    expect(imported).toMatchObject({ key: 'somerset', version: '2090.1' });
    expect(repository.insertVersion).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'somerset', version: '2090.1' }),
      'platform',
      'set-if-unset',
    );
    expect(audit.recordAllowed).toHaveBeenCalledWith(PLATFORM, 'framework.import', {
      type: 'framework-version',
      id: 'somerset@2090.1',
    });
  });

  it('refuses anyone else with a 403 before reading or storing anything', async () => {
    await expect(service.importVersion(EMPLOYER_ADMIN, IMPORT)).rejects.toEqual(
      new ForbiddenError('Only platform administrators can do this'),
    );
    expect(repository.findVersion).not.toHaveBeenCalled();
    expect(repository.insertVersion).not.toHaveBeenCalled();
  });

  it('refuses a version that is already stored with other content, as a conflict', async () => {
    repository.findVersion.mockResolvedValue({ ...SOMERSET_2021, version: '2090.1', title: 'Something else' });
    await expect(service.importVersion(PLATFORM, IMPORT)).rejects.toBeInstanceOf(ConflictError);
    expect(repository.insertVersion).not.toHaveBeenCalled();
  });

  it('answers the same package sent again as the first import was, storing and auditing nothing', async () => {
    const first = await service.importVersion(PLATFORM, IMPORT);
    const stored = repository.insertVersion.mock.calls[0][0];
    repository.insertVersion.mockClear();
    audit.recordAllowed.mockClear();
    repository.findVersion.mockResolvedValue(stored);
    await expect(service.importVersion(PLATFORM, IMPORT)).resolves.toEqual(first);
    expect(repository.insertVersion).not.toHaveBeenCalled();
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });
});
