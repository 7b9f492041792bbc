import { Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';
import { AccessRepository } from './access.repository';

/** The one access policy. It loads its own facts, so a feature module imports this and nothing of people's. */
@Module({
  providers: [AccessRepository, AccessPolicy],
  exports: [AccessPolicy],
})
export class AccessModule {}
