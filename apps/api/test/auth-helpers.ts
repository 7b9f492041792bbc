import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from '../src/demo/demo-people';

type Agent = ReturnType<typeof request.agent>;

/**
 * A signed-in browser, as far as the API can tell: keeps the session and CSRF
 * cookies and sends the CSRF header on every state-changing request.
 */
export class ApiClient {
  constructor(
    readonly agent: Agent,
    readonly csrfToken: string,
  ) {}

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    return this.agent.post(path).set('X-CSRF-Token', this.csrfToken).send(body);
  }

  put(path: string, body?: object) {
    return this.agent.put(path).set('X-CSRF-Token', this.csrfToken).send(body);
  }

  patch(path: string, body?: object) {
    return this.agent.patch(path).set('X-CSRF-Token', this.csrfToken).send(body);
  }

  delete(path: string) {
    return this.agent.delete(path).set('X-CSRF-Token', this.csrfToken);
  }
}

/** A client with a CSRF token but no session. */
export async function anonymousClient(app: INestApplication): Promise<ApiClient> {
  const agent = request.agent(app.getHttpServer());
  const response = await agent.get('/api/auth/csrf').expect(200);
  return new ApiClient(agent, (response.body as { csrfToken: string }).csrfToken);
}

export async function signInAs(app: INestApplication, email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const client = await anonymousClient(app);
  const response = await client.post('/api/auth/login', { email, password });
  if (response.status !== 200) {
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return client;
}

/** Loads the demo organisation (idempotent): employer admin, two supervisors, four link workers, a platform admin. */
export async function loadDemoPeople(app: INestApplication): Promise<void> {
  await app.get(DemoService).load();
}

export async function signInAsPlatformAdmin(app: INestApplication): Promise<ApiClient> {
  await loadDemoPeople(app);
  return signInAs(app, DEMO_PLATFORM_ADMIN.email);
}
