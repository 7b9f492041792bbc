import { BadRequestException, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { LoginDto } from './dto/login.dto';

/**
 * Guards run before pipes, so the sign-in body is validated here — a bad field
 * gets a 400 naming it — before passport's local strategy checks the password.
 */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<Request>().body ?? {};
    const login = plainToInstance(LoginDto, body);
    const errors = await validate(login, { whitelist: true, forbidNonWhitelisted: true });
    const messages = errors.flatMap((error) => Object.values(error.constraints ?? {}));
    if (login.totp !== undefined && login.recoveryCode !== undefined) {
      messages.push('recoveryCode must not be sent with totp: use one or the other');
    }
    if (messages.length > 0) throw new BadRequestException(messages);
    return (await super.canActivate(context)) as boolean;
  }
}
