import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');
/**
 * The only places that may read the configuration: the validator itself, the entry point that calls it
 * once, and the database-free OpenAPI preview, which takes the documented defaults of an empty environment.
 */
const ALLOWED = new Set(['config/app-config.ts', 'main.ts', 'openapi/openapi-document.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('configuration', () => {
  it('is loaded once, by main.ts, and injected: no other API source reads process.env or calls loadConfig', () => {
    const readers = sourceFiles(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => !ALLOWED.has(path))
      .filter((path) => /process\.env|loadConfig\(/.test(readFileSync(join(SRC, path), 'utf8')));
    expect(readers).toEqual([]);
  });
});
