/** Settings the running app needs beyond the database connection. */
export interface RuntimeSettings {
  demoMode: boolean;
  /** Production: cookies are Secure and `__Host-` prefixed (needs HTTPS in front). */
  secureCookies: boolean;
}

export const RUNTIME_SETTINGS = Symbol('RUNTIME_SETTINGS');

/**
 * The validated configuration, loaded once by `main.ts` (or a test) and injected; nothing
 * inside the app reads the environment again.
 */
export const APP_CONFIG = Symbol('APP_CONFIG');
