import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { App } from '../app/App';
import type { AboutView, ErrorBodyView } from '../lib/api/schema.gen';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Shows where the app is, so a test can check that a link or form went to the right address. */
function CurrentAddress() {
  const location = useLocation();
  return <output data-testid="address">{`${location.pathname}${location.search}`}</output>;
}

/**
 * The framework browser's specs: renders the whole app (shell and routes) at `path`, with `fetch` answering from
 * `responses` by path; anything else gets the API's 404 body. `failWith` makes a
 * path fail with that status instead.
 */
export function renderApp(path: string, responses: Record<string, unknown>, failWith: Record<string, number> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    if (url === '/api/about') return json({ service: 'Ladder', version: '0.1.0', demoMode: false } satisfies AboutView);
    const failure = failWith[url];
    if (failure)
      return json(
        { statusCode: failure, error: 'Internal Server Error', message: 'Boom' } satisfies ErrorBodyView,
        failure,
      );
    if (url in responses) return json(responses[url]);
    return json({ statusCode: 404, error: 'Not Found', message: `Nothing at ${url}` } satisfies ErrorBodyView, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <App />
        <CurrentAddress />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, fetchMock };
}

/** Heading levels in document order, for checking that none is skipped. */
export function headingLevels(container: HTMLElement): number[] {
  return [...container.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((heading) =>
    Number(heading.tagName.slice(1)),
  );
}
