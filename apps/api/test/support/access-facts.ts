import { AccessPolicy } from '../../src/access/access-policy';
import type { AccessRepository } from '../../src/access/access.repository';
import { strictMock } from './strict-mock';

/**
 * The real access policy over a strictly mocked AccessRepository, for services' small tests: the
 * service's own access call is exercised, and only the relationship facts the test stubs are
 * answered (any other fact the policy asks for fails the test, naming the method).
 */
export function accessPolicyOver(facts: { [K in keyof AccessRepository]?: AccessRepository[K] } = {}): {
  access: AccessPolicy;
  facts: jest.Mocked<AccessRepository>;
} {
  const repository = strictMock<AccessRepository>('AccessRepository', facts);
  return { access: new AccessPolicy(repository), facts: repository };
}
