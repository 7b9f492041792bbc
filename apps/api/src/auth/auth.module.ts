import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { PeopleModule } from '../people/people.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { MeService } from './me.service';
import { SessionGuard } from './session.guard';
import { SessionRepository } from './session.repository';

@Module({
  imports: [PassportModule, PeopleModule],
  controllers: [AuthController],
  providers: [AuthService, SessionRepository, LocalStrategy, MeService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, SessionRepository],
})
export class AuthModule {}
