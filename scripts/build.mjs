// `npm run build`: the production web build in dist/web (the API runs from source through SWC).
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './lib/web-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await buildWebIfStale(root);
