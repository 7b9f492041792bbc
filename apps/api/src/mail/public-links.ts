import { Inject, Injectable } from '@nestjs/common';
import { MAIL_SETTINGS, type MailSettings } from './mail-settings';

/** Absolute links into the web app, for mail. */
@Injectable()
export class PublicLinks {
  constructor(@Inject(MAIL_SETTINGS) private readonly settings: MailSettings) {}

  /** `path` starts with `/`, e.g. `/invitations/abc`. */
  to(path: string): string {
    return `${this.settings.publicBaseUrl}${path}`;
  }
}
