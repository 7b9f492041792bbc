import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { DEVELOPMENT_SECRETS_KEY, type AppConfig } from '../config/app-config';
import { APP_CONFIG, RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { PeopleModule } from '../people/people.module';
import { AUTH_KEYS, deriveAuthKeys, type AuthKeys } from './auth-keys';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { MeService } from './me.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SecondFactorService } from './second-factor.service';
import { SessionGuard } from './session.guard';
import { SessionModule } from '../sessions/session.module';
import { ThrottleRepository } from './throttle.repository';
import { ThrottleService } from './throttle.service';
import { TotpController } from './totp.controller';

/** SECRETS_KEY was validated with the rest of the configuration (production refuses to start without one). */
function authKeysFrom(config: AppConfig, settings: RuntimeSettings): AuthKeys {
  if (
    !settings.demoMode &&
    config.nodeEnv === 'development' &&
    config.secretsKey.toString('base64') === DEVELOPMENT_SECRETS_KEY
  ) {
    new Logger('Auth').warn(
      'SECRETS_KEY is unset or the public development key: authenticator secrets are not protected at rest',
    );
  }
  return deriveAuthKeys(config.secretsKey);
}

@Module({
  imports: [PassportModule, PeopleModule, SessionModule],
  controllers: [AuthController, TotpController],
  providers: [
    AuthService,
    LocalStrategy,
    MeService,
    SecondFactorService,
    SecondFactorRepository,
    ThrottleService,
    ThrottleRepository,
    { provide: AUTH_KEYS, inject: [APP_CONFIG, RUNTIME_SETTINGS], useFactory: authKeysFrom },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, SessionModule, ThrottleService],
})
export class AuthModule {}
