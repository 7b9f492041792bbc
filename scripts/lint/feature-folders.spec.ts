import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { featureFolderCycles, readSources, runtimeImports } = require('./feature-folders.cjs') as {
  featureFolderCycles(sources: Map<string, string>): { folders: string[]; imports: string[] }[];
  readSources(root: string): Map<string, string>;
  runtimeImports(fileName: string, source: string): string[];
};

const API_SOURCES = join(__dirname, '..', '..', 'apps', 'api', 'src');

describe('API feature folders', () => {
  it('import each other in no cycle (runtime imports; entities and types aside)', () => {
    expect(featureFolderCycles(readSources(API_SOURCES))).toEqual([]);
  });

  it('finds a cycle through three folders, naming each import in it', () => {
    const sources = new Map([
      ['auth/auth.service.ts', "import { PeopleRepository } from '../people/people.repository';"],
      ['people/people.service.ts', "import { MailSender } from '../mail/mail-sender';"],
      ['mail/mail-sender.ts', "import { AuthService } from '../auth/auth.service';"],
      ['audit/audit.service.ts', "import { AuthService } from '../auth/auth.service';"],
    ]);
    expect(featureFolderCycles(sources)).toEqual([
      {
        folders: ['auth', 'mail', 'people'],
        imports: [
          'auth/auth.service.ts imports ../people/people.repository',
          'mail/mail-sender.ts imports ../auth/auth.service',
          'people/people.service.ts imports ../mail/mail-sender',
        ],
      },
    ]);
  });

  it.each([
    ['a runtime import', "import { A } from '../x/a';", ['../x/a']],
    ['a type-only import', "import type { A } from '../x/a';", []],
    ['named imports that are all types', "import { type A, type B } from '../x/a';", []],
    ['a mix of type and value', "import { type A, b } from '../x/a';", ['../x/a']],
    ['an entity (one schema, relations both ways)', "import { PersonEntity } from '../people/person.entity';", []],
    ['a package', "import { Injectable } from '@nestjs/common';", []],
    ['a re-export', "export { A } from '../x/a';", ['../x/a']],
  ])('counts %s accordingly', (_name, source, expected) => {
    expect(runtimeImports('f/file.ts', source)).toEqual(expected);
  });
});
