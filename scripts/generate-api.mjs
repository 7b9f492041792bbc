// `npm run generate:api`: writes the web app's API types (apps/web/src/lib/api/schema.gen.ts)
// from the API's OpenAPI document. Nest's preview mode builds the document without a database.
// With --stdout it prints the file instead: apps/api/src/openapi/openapi-contract.spec.ts
// compares that with the committed file, so a stale one fails `npm test` (and `npm run check`).
// It runs in a Node process of its own because openapi-typescript loads ES modules jest cannot.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const toStdout = process.argv.includes('--stdout');
const program = `
  const { writeFileSync, mkdirSync } = require('node:fs');
  const { dirname, relative } = require('node:path');
  const { generateWebApiSchema, WEB_API_SCHEMA_PATH } = require('./apps/api/src/openapi/web-api-schema');
  generateWebApiSchema().then((text) => {
    if (${toStdout}) return process.stdout.write(text);
    mkdirSync(dirname(WEB_API_SCHEMA_PATH), { recursive: true });
    writeFileSync(WEB_API_SCHEMA_PATH, text);
    console.log('Wrote ' + relative(process.cwd(), WEB_API_SCHEMA_PATH));
  }, (error) => { console.error(error); process.exit(1); });
`;
const run = spawnSync(process.execPath, ['-r', 'reflect-metadata', '-r', '@swc-node/register', '-e', program], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: `${root}tsconfig.json` },
});
process.exit(run.status ?? 1);
