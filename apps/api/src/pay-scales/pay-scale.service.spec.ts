import { PLATFORM_ADMIN_USER } from '../../test/support/session-users';
import { AFC_PAY_SCALE_2020_21 } from '@ladder/competencies';
import { accessPolicyOver } from '../../test/support/access-facts';
import { strictMock } from '../../test/support/strict-mock';
import type { SessionUser } from '../access/session-user';
import type { AuditService } from '../audit/audit.service';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { CreatePayScaleDto } from './dto/create-pay-scale.dto';
import type { PayScaleRepository } from './pay-scale.repository';
import { PayScaleService } from './pay-scale.service';

const PLATFORM = PLATFORM_ADMIN_USER;
const EMPLOYER_ADMIN: SessionUser = {
  personId: 'admin',
  organisationId: 'org-1',
  roles: ['employer_admin'],
  isPlatformAdmin: false,
};
const NEW_YEAR = { ...(JSON.parse(JSON.stringify(AFC_PAY_SCALE_2020_21)) as CreatePayScaleDto), year: '2041/42' };

describe('PayScaleService (repository mocked)', () => {
  let repository: jest.Mocked<PayScaleRepository>;
  let audit: jest.Mocked<AuditService>;
  let service: PayScaleService;

  beforeEach(() => {
    repository = strictMock<PayScaleRepository>('PayScaleRepository', {
      findByYear: async (year) => (year === AFC_PAY_SCALE_2020_21.year ? AFC_PAY_SCALE_2020_21 : null),
      insertIfAbsent: async () => true,
    });
    audit = strictMock<AuditService>('AuditService', { recordAllowed: async () => undefined });
    // Platform admin or not is the caller's own flag: the policy is asked for no relationship facts.
    service = new PayScaleService(accessPolicyOver().access, repository, audit);
  });

  it('stores a new pay year for a platform admin, audited', async () => {
    expect(await service.create(PLATFORM, NEW_YEAR)).toMatchObject({ year: '2041/42' });
    expect(repository.insertIfAbsent).toHaveBeenCalledWith(expect.objectContaining({ year: '2041/42' }), 'platform');
    expect(audit.recordAllowed).toHaveBeenCalledWith(PLATFORM, 'pay-scale.create', {
      type: 'pay-scale',
      id: '2041/42',
    });
  });

  it('refuses anyone else with a 403 before validating or storing anything', async () => {
    await expect(service.create(EMPLOYER_ADMIN, { ...NEW_YEAR, bands: [] })).rejects.toEqual(
      new ForbiddenError('Only platform administrators can do this'),
    );
    expect(repository.insertIfAbsent).not.toHaveBeenCalled();
  });

  it('refuses an invalid scale listing its problems, and a stored year as a conflict', async () => {
    await expect(service.create(PLATFORM, { ...NEW_YEAR, bands: [] })).rejects.toBeInstanceOf(InvalidInputError);
    repository.insertIfAbsent.mockResolvedValue(false);
    await expect(service.create(PLATFORM, NEW_YEAR)).rejects.toBeInstanceOf(ConflictError);
    expect(audit.recordAllowed).not.toHaveBeenCalled();
  });

  it('reads a stored year, and names a missing one in the 404', async () => {
    expect(await service.get(AFC_PAY_SCALE_2020_21.year)).toBe(AFC_PAY_SCALE_2020_21);
    await expect(service.get('1999/00')).rejects.toEqual(new NotFoundError('No pay scale for pay year 1999/00'));
  });
});
