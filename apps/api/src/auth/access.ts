import { ForbiddenError } from '../common/domain-errors';
import type { SessionUser } from './session-user';

/** Access checks services run first. Inside the caller's organisation a denial is a 403. */
export function assertPlatformAdmin(user: SessionUser): void {
  if (!user.isPlatformAdmin) throw new ForbiddenError('Only platform administrators can do this');
}
