import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');

/** The one generated file holding the web app's API types, from the OpenAPI document. */
export const WEB_API_SCHEMA_PATH = join(WORKSPACE_ROOT, 'apps', 'web', 'src', 'lib', 'api', 'schema.gen.ts');

export const REGENERATE_COMMAND = 'npm run generate:api';
