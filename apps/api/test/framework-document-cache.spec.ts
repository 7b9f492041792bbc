import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ApiClient } from './auth-helpers';
import { createTestApp } from './test-app';

/**
 * A framework version's document is served with an ETag and a Cache-Control that lets browsers and
 * proxies reuse it; a conditional request gets a 304; and a new current version changes the
 * document (its `current` flag and crosswalk), so no stale copy is served (issue 10).
 */
describe('framework version documents: ETag, caching and invalidation (real PostgreSQL)', () => {
  let app: INestApplication;
  let platformAdmin: ApiClient;

  beforeAll(async () => {
    const testApp = await createTestApp();
    app = testApp.app;
    platformAdmin = await testApp.factories.signedInClient(await testApp.factories.newPlatformAdmin());
  });

  afterAll(async () => {
    await app?.close();
  });

  const get = (path: string, etag?: string) => {
    const sent = request(app.getHttpServer()).get(path);
    return etag ? sent.set('If-None-Match', etag) : sent;
  };

  it('sends an ETag and Cache-Control, and answers a conditional request with a 304 and no body', async () => {
    const first = await get('/api/frameworks/nhse-splw/versions/current').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers.etag).toMatch(/^"[\w-]{43}"$/);
    expect(first.body).toMatchObject({ key: 'nhse-splw', current: true });
    const again = await get('/api/frameworks/nhse-splw/versions/current', first.headers.etag).expect(304);
    expect(again.text).toBe('');
    const byName = await get(`/api/frameworks/nhse-splw/versions/${first.body.version}`).expect(200);
    expect(byName.headers.etag).toBe(first.headers.etag);
  });

  it('serves a new document once a new version becomes current', async () => {
    const before = await get('/api/frameworks/somerset/versions/2021.1').expect(200);
    expect(before.body.current).toBe(true);
    const pkg = (await get('/api/frameworks/somerset/versions/2021.1/case').expect(200)).body;
    await platformAdmin
      .post('/api/frameworks/import', { key: 'somerset', version: '2021.9', package: pkg, makeCurrent: true })
      .expect(201);
    const after = await get('/api/frameworks/somerset/versions/2021.1', before.headers.etag).expect(200);
    expect(after.body.current).toBe(false);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});
