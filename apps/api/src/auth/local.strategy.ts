import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import type { AuthPerson } from './session.repository';

/** The one answer for every failed sign-in, so nobody can tell which emails have accounts. */
export const SIGN_IN_FAILED = 'The email address or password is not right';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  async validate(email: string, password: string): Promise<AuthPerson> {
    const person = await this.auth.verifyCredentials(email, password);
    if (!person) throw new UnauthorizedException(SIGN_IN_FAILED);
    return person;
  }
}
