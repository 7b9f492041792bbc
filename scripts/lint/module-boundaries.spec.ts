/**
 * @jest-environment ./eslint-environment.cjs
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/**
 * The domain boundary is enforced by lint, not by convention: linting a file
 * that crosses it must fail. Each case lints source text as if it were a file
 * in a domain lib (nothing is written to disk), through ESLint's Node API in
 * this process (see eslint-environment.cjs), for every lib tagged `type:domain`.
 */
const root = join(__dirname, '..', '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

interface LintOutcome {
  errors: string[];
  boundaryRuleSkipped: boolean;
}

const lintInWorkspace = (
  globalThis as unknown as { lintInWorkspace: (filePath: string, source: string) => Promise<string> }
).lintInWorkspace;

async function lint(filePath: string, source: string): Promise<LintOutcome> {
  const outcome = JSON.parse(await lintInWorkspace(filePath, source)) as LintOutcome;
  // A skipped Nx rule reports nothing, which would pass every "may import" case: fail instead.
  if (outcome.boundaryRuleSkipped) throw new Error('The Nx module-boundary rule skipped: no project graph');
  return outcome;
}

interface Project {
  name: string;
  root: string;
  sourceRoot: string;
  tags: string[];
}

const NOT_PROJECTS = new Set(['node_modules', 'dist', 'tmp', 'coverage']);

/** Every project.json of the workspace, as Nx would find them. */
function findProjects(dir = root, depth = 0): Project[] {
  const found: Project[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'project.json' && dir !== root) {
      const json = JSON.parse(readFileSync(join(dir, entry.name), 'utf8')) as Partial<Project>;
      const projectRoot = relative(root, dir).split('\\').join('/');
      found.push({
        name: json.name ?? projectRoot,
        root: projectRoot,
        sourceRoot: json.sourceRoot ?? `${projectRoot}/src`,
        tags: json.tags ?? [],
      });
    }
    if (entry.isDirectory() && depth < 3 && !entry.name.startsWith('.') && !NOT_PROJECTS.has(entry.name)) {
      found.push(...findProjects(join(dir, entry.name), depth + 1));
    }
  }
  return found;
}

const domainLibs = findProjects().filter((project) => project.tags.includes('type:domain'));

/** The import alias of each project root, from tsconfig.base.json's paths. */
const aliases = new Map<string, string>();
{
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    const owner = findOwner(target);
    if (owner) aliases.set(owner, alias);
  }
}

function findOwner(target: string): string | undefined {
  return domainLibs.find((lib) => target.startsWith(`${lib.root}/`))?.root;
}

interface ProjectGraph {
  nodes: Record<string, unknown>;
  dependencies: Record<string, { target: string }[]>;
}

let graph: ProjectGraph;

/** Does `from` depend on `to`, directly or not, in the project graph? */
function dependsOn(from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true;
  seen.add(from);
  return (graph.dependencies[from] ?? []).some(({ target }) => !seen.has(target) && dependsOn(target, to, seen));
}

beforeAll(() => {
  // The Nx rule reads the cached project graph; build it (the rule would skip silently without one).
  execFileSync(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  graph = JSON.parse(readFileSync(join(root, '.nx/workspace-data/project-graph.json'), 'utf8')) as ProjectGraph;
});

const CROSSINGS: [name: string, source: (fixtureDir: string) => string, message: string][] = [
  [
    '@nestjs/common',
    () => "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    'not allowed to import "@nestjs/common"',
  ],
  ['typeorm', () => "import { Entity } from 'typeorm';\nexport const x = Entity;\n", 'not allowed to import "typeorm"'],
  ['pg', () => "import { Client } from 'pg';\nexport const x = Client;\n", 'not allowed to import "pg"'],
  ['react', () => "import { useState } from 'react';\nexport const x = useState;\n", 'not allowed to import "react"'],
  [
    'node:fs',
    () => "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    'Domain libs do no I/O',
  ],
  ['fs', () => "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'Domain libs do no I/O'],
  [
    'the API app by a relative path',
    (fixtureDir) =>
      `import { AppModule } from '${posix.relative(fixtureDir, 'apps/api/src/app.module')}';\nexport const x = AppModule;\n`,
    'Projects cannot be imported by a relative or absolute path',
  ],
];

describe('module boundaries', () => {
  it('finds the domain libs, each known to the project graph the rule reads', () => {
    expect(domainLibs.map((lib) => lib.name)).toEqual(expect.arrayContaining(['competencies', 'dreyfus']));
    for (const lib of domainLibs) expect(Object.keys(graph.nodes)).toContain(lib.name);
  });

  describe.each(domainLibs.map((lib) => [lib.name, lib] as const))('the domain lib %s', (_name, lib) => {
    const fixture = `${lib.sourceRoot}/boundary-fixture.ts`;

    it.each(CROSSINGS)('fails lint when it imports %s', async (_crossing, source, message) => {
      const { errors } = await lint(fixture, source(dirname(fixture)));
      expect(errors.join('\n')).toContain(message);
    });

    it('may import another domain lib', async () => {
      // One that does not depend on this lib: importing one that does would be a cycle, which the rule refuses.
      const allowed = domainLibs.find(
        (candidate) => candidate !== lib && aliases.has(candidate.root) && !dependsOn(candidate.name, lib.name),
      );
      expect(allowed).toBeDefined();
      const alias = aliases.get(allowed!.root)!;
      const { errors } = await lint(fixture, `import * as other from '${alias}';\nexport const x = other;\n`);
      expect(errors).toEqual([]);
    });
  });

  it('an app may import the framework', async () => {
    const { errors } = await lint(
      'apps/api/src/boundary-fixture.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(errors).toEqual([]);
  });
});
