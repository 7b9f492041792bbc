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

/** Reads and validates configuration; throws {@link ConfigError} naming the first bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = parseChoice(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = parseDatabaseUrl(env);
  return {
    nodeEnv,
    port: parsePort(env, 'PORT', 3000),
    host: parseHost(env),
    databaseUrl,
    embeddedDataDir: resolve(cwd, env.LADDER_DATA_DIR || '.data'),
    embeddedPort: parsePort(env, 'EMBEDDED_PG_PORT', 54329),
    demoData: parseBoolean(env, 'DEMO_DATA', databaseUrl === undefined),
    logLevel: parseChoice(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug'] as const, 'warn'),
  };
}
