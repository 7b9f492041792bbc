import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { App } from '../app/App';
import { createQueryClient } from '../app/query-client';
import type { AboutView, CsrfTokenView, ErrorBodyView, MeView } from '../lib/api/schema.gen';
import { forgetCsrfToken } from '../lib/http';

/** One request the app made to the stubbed API. */
export interface ApiCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

/** Replies by `"METHOD /path"`: a fixed reply, or a function of the call (e.g. to answer differently each time). */
export type Routes = Record<string, Reply | ((call: ApiCall, calls: ApiCall[]) => Reply)>;

export const CSRF_TOKEN = 'csrf-token-from-the-api';

const DEFAULTS: Routes = {
  'GET /api/about': { body: { service: 'Ladder', version: '0.1.0', demoMode: false } satisfies AboutView },
  'GET /api/auth/csrf': { body: { csrfToken: CSRF_TOKEN } satisfies CsrfTokenView },
  'GET /api/auth/me': {
    status: 401,
    body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' } satisfies ErrorBodyView,
  },
};

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
  return headers;
}

/**
 * Stubs `fetch` with the API's answers by method and path; anything else is the
 * API's 404. Returns every call, so tests can check what was sent (body and
 * the CSRF header).
 */
export function stubApi(routes: Routes = {}): ApiCall[] {
  const calls: ApiCall[] = [];
  const table: Routes = { ...DEFAULTS, ...routes };
  forgetCsrfToken();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
      const method = (init?.method ?? 'GET').toUpperCase();
      const call: ApiCall = {
        method,
        path,
        headers: headersOf(init),
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      const route = table[`${method} ${path}`];
      const reply: Reply = route
        ? typeof route === 'function'
          ? route(call, calls)
          : route
        : { status: 404, body: { statusCode: 404, error: 'Not Found', message: `Cannot ${method} ${path}` } };
      const status = reply.status ?? 200;
      return new Response(status === 204 || reply.body === undefined ? null : JSON.stringify(reply.body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return calls;
}

/** Shows where the app is, so a test can check where a form or a redirect went. */
function CurrentAddress() {
  const location = useLocation();
  return <output data-testid="address">{`${location.pathname}${location.search}`}</output>;
}

/** Renders the whole app (shell and routes) at `path`, against `stubApi(routes)`, with the app's query client. */
export function renderApp(path: string, routes: Routes = {}) {
  const calls = stubApi(routes);
  // The app's own cache settings (staleness and all), without the retry that would slow failures down.
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <App />
        <CurrentAddress />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, calls, client };
}

/** `GET /api/auth/me` answered with this person. */
export const signedInAs = (me: MeView): Routes => ({ 'GET /api/auth/me': { body: me } });

export const SAM: MeView = {
  personId: '7d3f3c2e-0000-4000-8000-000000000301',
  email: 'sam.link@demo.ladder.test',
  fullName: 'Sam Patel',
  jobTitle: 'Social Prescribing Link Worker',
  organisation: { id: '7d3f3c2e-0000-4000-8000-000000000001', name: 'Mendip Demo Primary Care Network' },
  roles: ['link_worker'],
  isPlatformAdmin: false,
  totpEnabled: false,
  totpRequired: false,
};

export const TOM: MeView = {
  ...SAM,
  personId: '7d3f3c2e-0000-4000-8000-000000000201',
  email: 'supervisor.one@demo.ladder.test',
  fullName: 'Dr Tom Hughes',
  jobTitle: 'GP and Clinical Supervisor',
  roles: ['supervisor'],
};

export const PRIYA: MeView = {
  ...SAM,
  personId: '7d3f3c2e-0000-4000-8000-000000000101',
  email: 'admin@demo.ladder.test',
  fullName: 'Priya Shah',
  jobTitle: 'Social Prescribing Service Manager',
  roles: ['employer_admin'],
  totpEnabled: true,
  totpRequired: true,
};
