import type { AppConfig } from '../config/app-config';

/** What mail needs from the configuration. */
export interface MailSettings {
  /** Where people reach the web app, without a trailing slash; every link in a mail starts with it. */
  publicBaseUrl: string;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** From the validated configuration (a bad PUBLIC_BASE_URL has already stopped Ladder with a clear message). */
export function mailSettingsFrom(config: AppConfig): MailSettings {
  return { publicBaseUrl: config.publicBaseUrl };
}
