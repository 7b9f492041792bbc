import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The domain boundary is enforced by lint, not by convention: linting a file
 * that crosses it must fail. Each case lints source text as if it were a file
 * at the given path (nothing is written to disk).
 */
const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const nxBin = join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

function lint(filePath: string, source: string): { exitCode: number; output: string } {
  const result = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    env,
    input: source,
    encoding: 'utf8',
  });
  return { exitCode: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  // The Nx rule reads the cached project graph; without it the rule would skip silently.
  execFileSync(process.execPath, [nxBin, 'show', 'projects'], { cwd: root, env, stdio: 'ignore' });
});

describe('module boundaries', () => {
  it.each([
    [
      '@nestjs/common',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
      'not allowed to import "@nestjs/common"',
    ],
    ['typeorm', "import { Entity } from 'typeorm';\nexport const x = Entity;\n", 'not allowed to import "typeorm"'],
    ['pg', "import { Client } from 'pg';\nexport const x = Client;\n", 'not allowed to import "pg"'],
    ['react', "import { useState } from 'react';\nexport const x = useState;\n", 'not allowed to import "react"'],
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'Domain libs do no I/O'],
    ['fs', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'Domain libs do no I/O'],
    [
      'the API app',
      "import { AppModule } from '../../../apps/api/src/app.module';\nexport const x = AppModule;\n",
      'Projects cannot be imported by a relative or absolute path',
    ],
  ])('a domain lib importing %s fails lint', (_name, source, message) => {
    const { exitCode, output } = lint('libs/dreyfus/src/boundary-fixture.ts', source);
    expect(exitCode).toBe(1);
    expect(output).toContain(message);
  });

  it('a domain lib may import another domain lib', () => {
    const { exitCode, output } = lint(
      'libs/dreyfus/src/boundary-fixture.ts',
      "import { ASSESSED_COMPETENCY_KEYS } from '@ladder/competencies';\nexport const x = ASSESSED_COMPETENCY_KEYS;\n",
    );
    expect(output).toBe('');
    expect(exitCode).toBe(0);
  });

  it('an app may import the framework', () => {
    const { exitCode, output } = lint(
      'apps/api/src/boundary-fixture.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(output).toBe('');
    expect(exitCode).toBe(0);
  });
});
