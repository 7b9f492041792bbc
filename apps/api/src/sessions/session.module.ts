import { Module } from '@nestjs/common';
import { SessionRepository } from './session.repository';

/**
 * Session storage on its own: AuthModule signs people in with it, and the people routes end a
 * deactivated person's sessions with it, without the people module needing the whole of auth.
 */
@Module({
  providers: [SessionRepository],
  exports: [SessionRepository],
})
export class SessionModule {}
