/** Settings the running app needs beyond the database connection. */
export interface RuntimeSettings {
  demoMode: boolean;
}

export const RUNTIME_SETTINGS = Symbol('RUNTIME_SETTINGS');
