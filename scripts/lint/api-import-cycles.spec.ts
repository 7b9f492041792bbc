import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Lint forbids import cycles in the API (`import-x/no-cycle`). The rule reports nothing at all
 * when its resolver cannot follow our TypeScript imports, so this proves it still bites: the
 * access repository, linted as if it imported the observation service (which imports the access
 * policy, which imports the repository), must fail. The source is linted from standard input
 * under the file's real path; nothing is written to disk.
 */
const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const file = 'apps/api/src/access/access.repository.ts';
const source = readFileSync(join(root, file), 'utf8');

function lintAs(filePath: string, text: string): { exitCode: number; output: string } {
  const result = spawnSync(
    process.execPath,
    [eslintBin, '--stdin', '--stdin-filename', filePath, '--rule', '@nx/enforce-module-boundaries: off'],
    { cwd: root, input: text, encoding: 'utf8' },
  );
  return { exitCode: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

describe('no import cycles in the API', () => {
  it('passes the repository as it is', () => {
    expect(lintAs(file, source)).toEqual({ exitCode: 0, output: '' });
  });

  it('fails a runtime import that closes a cycle through another feature folder', () => {
    const cyclic = `import { ObservationService } from '../observations/observation.service';\nexport const CLOSES_A_CYCLE = ObservationService.name;\n${source}`;
    const { exitCode, output } = lintAs(file, cyclic);
    expect(exitCode).toBe(1);
    expect(output).toContain('Dependency cycle via');
    expect(output).toContain('import-x/no-cycle');
  });

  it('lets a type-only import back through: it is gone at runtime', () => {
    const typeOnly = `import type { ObservationService } from '../observations/observation.service';\nexport type Closes = ObservationService;\n${source}`;
    expect(lintAs(file, typeOnly)).toEqual({ exitCode: 0, output: '' });
  });
});
