import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import type { LoginDto } from './dto/login.dto';
import type { AuthPerson } from '../sessions/session.repository';

export { SIGN_IN_FAILED } from './auth-errors';

/** Passport's local strategy, handing the whole attempt (codes and client address too) to AuthService.signIn. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', session: false, passReqToCallback: true });
  }

  validate(req: Request, email: string, password: string): Promise<AuthPerson> {
    // The body was validated against LoginDto by LocalLoginGuard before passport ran.
    const { totp, recoveryCode } = req.body as LoginDto;
    return this.auth.signIn({ email, password, totp, recoveryCode, ip: req.ip ?? req.socket.remoteAddress ?? '' });
  }
}
