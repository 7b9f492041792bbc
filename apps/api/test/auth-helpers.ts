import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { totpCode } from '../src/auth/totp';
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

/** What an enrolled admin keeps: the authenticator secret, and the recovery codes not yet used. */
export interface EnrolledSecondFactor {
  secret: string;
  recoveryCodes: string[];
}

/** Per app, since each test file has a database of its own. */
const secondFactors = new WeakMap<INestApplication, Map<string, EnrolledSecondFactor>>();

/**
 * Signs in as a person would. Outside demo mode an employer or platform admin
 * must set up an authenticator app before doing anything else: on their first
 * sign-in this sets it up, as the web app makes them; later sign-ins use one of
 * the recovery codes kept from then (an authenticator code would be refused as
 * a replay if the same admin signed in twice within one 30-second step).
 */
export async function signInAs(app: INestApplication, email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const client = await anonymousClient(app);
  const enrolled = secondFactors.get(app)?.get(email);
  if (enrolled && enrolled.recoveryCodes.length === 0) {
    throw new Error(`signInAs: all recovery codes of ${email} are used up in this test file`);
  }
  const recoveryCode = enrolled?.recoveryCodes.shift();
  const response = await client.post(
    '/api/auth/login',
    recoveryCode ? { email, password, recoveryCode } : { email, password },
  );
  if (response.status !== 200) {
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const me = response.body as { totpEnabled: boolean; totpRequired: boolean };
  if (me.totpRequired && !me.totpEnabled) await enrolSecondFactor(app, client, email);
  return client;
}

/** Sets up an authenticator app for the signed-in client, and remembers it for later sign-ins. */
export async function enrolSecondFactor(
  app: INestApplication,
  client: ApiClient,
  email: string,
): Promise<EnrolledSecondFactor> {
  const setup = await client.post('/api/auth/totp/setup').expect(200);
  const secret = (setup.body as { secret: string }).secret;
  const enabled = await client.post('/api/auth/totp/enable', { code: totpCode(secret, Date.now()) }).expect(200);
  const factor = { secret, recoveryCodes: (enabled.body as { recoveryCodes: string[] }).recoveryCodes };
  if (!secondFactors.has(app)) secondFactors.set(app, new Map());
  secondFactors.get(app)!.set(email, factor);
  return factor;
}

/** Loads the demo organisation (idempotent): employer admin, two supervisors, four link workers, a platform admin. */
export async function loadDemoPeople(app: INestApplication): Promise<void> {
  await app.get(DemoService).load();
}

export async function signInAsPlatformAdmin(app: INestApplication): Promise<ApiClient> {
  await loadDemoPeople(app);
  return signInAs(app, DEMO_PLATFORM_ADMIN.email);
}
