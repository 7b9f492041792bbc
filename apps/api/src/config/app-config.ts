import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Validated runtime configuration. Every variable is listed in `.env.example`. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Interface to listen on: loopback by default, `0.0.0.0` in a container. */
  host: string;
  /** Set: use this PostgreSQL server. Unset: start the embedded server (demo mode). */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Load the demo organisation and its people at start-up (idempotent). */
  demoData: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Where people reach the web app; links in emails start with it. No trailing slash. */
  publicBaseUrl: string;
  /** 32-byte key that encrypts secrets at rest (second-factor seeds). Required in production. */
  secretsKey: Buffer;
  /**
   * Which proxies in front may say where a request came from (X-Forwarded-For), as Express's
   * `trust proxy` takes it: false (none: the connection's own address), a number of hops, or
   * addresses, CIDR ranges and the names loopback, linklocal, uniquelocal.
   */
  trustProxy: false | number | string[];
}

/** A configuration problem, reported at start-up as one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a whole number from 1 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function parseChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${choices.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function parseHost(env: Env): string {
  const raw = env.HOST;
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(raw)) throw new ConfigError('HOST', `must be a host name or IP address, got "${raw}"`);
  return raw;
}

function parseDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'must name a database (…/database at the end)');
  }
  return raw;
}

function parsePublicBaseUrl(env: Env, port: number): string {
  const raw = env.PUBLIC_BASE_URL;
  if (raw === undefined || raw === '') return `http://127.0.0.1:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'PUBLIC_BASE_URL',
      `is not a valid URL (expected e.g. https://ladder.example.org), got "${raw}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_BASE_URL', `must start with http:// or https://, got "${raw}"`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError('PUBLIC_BASE_URL', `must have no query, fragment or credentials, got "${raw}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The key used outside production when SECRETS_KEY is unset. It is public (it is
 * the base64 of the ASCII text `ladder-dev-key-public-not-secret`), so secrets it
 * encrypts are not protected: fine for demo and test data, never for real data.
 */
export const DEVELOPMENT_SECRETS_KEY = 'bGFkZGVyLWRldi1rZXktcHVibGljLW5vdC1zZWNyZXQ=';

const GENERATE_KEY_HINT = 'generate one with: openssl rand -base64 32';

/** SECRETS_KEY: 32 bytes, base64. Required in production; elsewhere it defaults to the public development key. */
export function parseSecretsKey(env: Env, nodeEnv: AppConfig['nodeEnv']): Buffer {
  const raw = env.SECRETS_KEY?.trim();
  if (raw === undefined || raw === '') {
    if (nodeEnv === 'production') {
      throw new ConfigError('SECRETS_KEY', `is required when NODE_ENV=production (${GENERATE_KEY_HINT})`);
    }
    return Buffer.from(DEVELOPMENT_SECRETS_KEY, 'base64');
  }
  // The value is never echoed back: it is a secret.
  const key = Buffer.from(raw, 'base64');
  const canonical = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) && key.toString('base64') === raw.padEnd(44, '=');
  if (!canonical || key.length !== 32) {
    throw new ConfigError('SECRETS_KEY', `must be 32 bytes, base64-encoded (${GENERATE_KEY_HINT})`);
  }
  if (nodeEnv === 'production' && key.equals(Buffer.from(DEVELOPMENT_SECRETS_KEY, 'base64'))) {
    throw new ConfigError('SECRETS_KEY', `must not be the public development key in production (${GENERATE_KEY_HINT})`);
  }
  return key;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: unset or `false`, a number of hops, or a comma-separated list of proxies. Never "everyone". */
export function parseTrustProxy(env: Env): AppConfig['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim();
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') {
    throw new ConfigError(
      'TRUST_PROXY',
      'must not be true, which would let any client say where it is; name the proxy (an address, a range, loopback, uniquelocal) or a number of hops',
    );
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops >= 1 && hops <= 10) return hops;
  }
  const proxies = raw.split(',').map((part) => part.trim());
  const bad = proxies.find((proxy) => !PROXY_NAMES.has(proxy) && !isAddressOrRange(proxy));
  if (bad !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY',
      `must be false, a number of hops from 1 to 10, or proxies separated by commas (addresses, ranges such as 10.0.0.0/8, loopback, linklocal, uniquelocal); "${bad}" is none of these`,
    );
  }
  return proxies;
}

function isAddressOrRange(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Reads and validates configuration; throws {@link ConfigError} naming the first bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = parseChoice(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = parseDatabaseUrl(env);
  const port = parsePort(env, 'PORT', 3000);
  const secretsKey = parseSecretsKey(env, nodeEnv);
  if (nodeEnv === 'production' && databaseUrl === undefined) {
    // Without DATABASE_URL Ladder runs demo mode: the embedded database, published demo passwords, no second factor.
    throw new ConfigError(
      'DATABASE_URL',
      'is required when NODE_ENV=production (without it Ladder runs the demo, with published passwords)',
    );
  }
  return {
    nodeEnv,
    port,
    host: parseHost(env),
    databaseUrl,
    embeddedDataDir: resolve(cwd, env.LADDER_DATA_DIR || '.data'),
    embeddedPort: parsePort(env, 'EMBEDDED_PG_PORT', 54329),
    demoData: parseBoolean(env, 'DEMO_DATA', databaseUrl === undefined),
    logLevel: parseChoice(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'warn'),
    publicBaseUrl: parsePublicBaseUrl(env, port),
    secretsKey,
    trustProxy: parseTrustProxy(env),
  };
}
