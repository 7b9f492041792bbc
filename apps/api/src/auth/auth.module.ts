import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { DEVELOPMENT_SECRETS_KEY, loadConfig } from '../config/app-config';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../config/runtime-settings';
import { PeopleModule } from '../people/people.module';
import { AUTH_KEYS, deriveAuthKeys, type AuthKeys } from './auth-keys';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { MeService } from './me.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SecondFactorService } from './second-factor.service';
import { SessionGuard } from './session.guard';
import { SessionModule } from './session.module';
import { ThrottleRepository } from './throttle.repository';
import { ThrottleService } from './throttle.service';
import { TotpController } from './totp.controller';

/**
 * SECRETS_KEY is validated at start-up by main.ts (loadConfig fails fast in
 * production without it); createApp does not carry secrets, so it is read here
 * through the same validation.
 */
function authKeysFromEnvironment(settings: RuntimeSettings): AuthKeys {
  const config = loadConfig(process.env);
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
    { provide: AUTH_KEYS, inject: [RUNTIME_SETTINGS], useFactory: authKeysFromEnvironment },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, SessionModule, ThrottleService],
})
export class AuthModule {}
