import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({}, '/srv/ladder');
    expect(config).toEqual({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      embeddedDataDir: '/srv/ladder/.data',
      embeddedPort: 54329,
      demoData: true,
      logLevel: 'warn',
    });
  });

  it('turns demo data off by default when an external database is configured', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/ladder' }).demoData).toBe(false);
  });

  it.each([
    ['PORT', { PORT: 'abc' }, 'PORT: must be a whole number from 1 to 65535, got "abc"'],
    ['PORT', { PORT: '70000' }, 'PORT: must be a whole number from 1 to 65535, got "70000"'],
    [
      'EMBEDDED_PG_PORT',
      { EMBEDDED_PG_PORT: '-1' },
      'EMBEDDED_PG_PORT: must be a whole number from 1 to 65535, got "-1"',
    ],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }, 'DATABASE_URL: is not a valid URL'],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://h/db' }, 'DATABASE_URL: must start with postgres://'],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://h:5432' }, 'DATABASE_URL: must name a database'],
    ['HOST', { HOST: 'a b' }, 'HOST: must be a host name or IP address'],
    ['NODE_ENV', { NODE_ENV: 'staging' }, 'NODE_ENV: must be one of development, production, test'],
    ['DEMO_DATA', { DEMO_DATA: 'yes' }, 'DEMO_DATA: must be true or false'],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL: must be one of error, warn, log, debug'],
  ])('rejects a bad %s with a message naming it', (variable, env, message) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message).toContain(message);
  });
});
