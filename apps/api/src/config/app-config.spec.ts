import { ConfigError, DEVELOPMENT_SECRETS_KEY, loadConfig } from './app-config';

const PRODUCTION_DATABASE = { DATABASE_URL: 'postgres://ladder:secret@db.example.org:5432/ladder' };

describe('loadConfig', () => {
  it('refuses production without DATABASE_URL, which would be the demo with its published passwords', () => {
    const SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
    expect(() => loadConfig({ NODE_ENV: 'production', SECRETS_KEY })).toThrow(
      'DATABASE_URL: is required when NODE_ENV=production (without it Ladder runs the demo, with published passwords)',
    );
    expect(loadConfig({ ...PRODUCTION_DATABASE, NODE_ENV: 'production', SECRETS_KEY }).databaseUrl).toBe(
      PRODUCTION_DATABASE.DATABASE_URL,
    );
  });

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
      publicBaseUrl: 'http://127.0.0.1:3000',
      secretsKey: Buffer.from(DEVELOPMENT_SECRETS_KEY, 'base64'),
      trustProxy: false,
    });
  });

  it('reads SECRETS_KEY as 32 bytes of base64, with or without padding', () => {
    const key = Buffer.alloc(32, 7);
    expect(
      loadConfig({ ...PRODUCTION_DATABASE, NODE_ENV: 'production', SECRETS_KEY: key.toString('base64') }).secretsKey,
    ).toEqual(key);
    expect(loadConfig({ SECRETS_KEY: key.toString('base64').replace(/=+$/, '') }).secretsKey).toEqual(key);
  });

  it('uses the public development key only outside production', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).secretsKey.toString()).toBe('ladder-dev-key-public-not-secret');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'SECRETS_KEY: is required when NODE_ENV=production (generate one with: openssl rand -base64 32)',
    );
  });

  it('defaults PUBLIC_BASE_URL to this machine on PORT, and drops a trailing slash from one that is set', () => {
    expect(loadConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://ladder.example.org/' }).publicBaseUrl).toBe(
      'https://ladder.example.org',
    );
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://example.org/ladder/' }).publicBaseUrl).toBe(
      'https://example.org/ladder',
    );
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
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ladder.example.org' }, 'PUBLIC_BASE_URL: is not a valid URL'],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ftp://example.org' }, 'PUBLIC_BASE_URL: must start with http://'],
    [
      'PUBLIC_BASE_URL',
      { PUBLIC_BASE_URL: 'https://example.org/?a=1' },
      'PUBLIC_BASE_URL: must have no query, fragment or credentials',
    ],
    ['SECRETS_KEY', { SECRETS_KEY: 'too-short' }, 'SECRETS_KEY: must be 32 bytes, base64-encoded'],
    ['SECRETS_KEY', { SECRETS_KEY: Buffer.alloc(31).toString('base64') }, 'SECRETS_KEY: must be 32 bytes'],
    [
      'SECRETS_KEY',
      { NODE_ENV: 'production', SECRETS_KEY: DEVELOPMENT_SECRETS_KEY },
      'SECRETS_KEY: must not be the public development key in production',
    ],
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

  it.each([
    [undefined, false],
    ['false', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, uniquelocal', ['10.0.0.0/8', 'uniquelocal']],
    ['192.0.2.10,::1,fd00::/8', ['192.0.2.10', '::1', 'fd00::/8']],
  ])('reads TRUST_PROXY=%j as %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    ['true', 'TRUST_PROXY: must not be true, which would let any client say where it is'],
    ['0', 'TRUST_PROXY: must be false, a number of hops from 1 to 10'],
    ['everyone', '"everyone" is none of these'],
    ['10.0.0.0/33', '"10.0.0.0/33" is none of these'],
    ['loopback,', '"" is none of these'],
  ])('refuses TRUST_PROXY=%j', (value, message) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(message);
  });
});
