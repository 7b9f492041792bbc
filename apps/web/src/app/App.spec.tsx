import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';

function renderAt(path: string, about: { demoMode: boolean }) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ service: 'Ladder', version: '0.1.0', ...about }), { status: 200 })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('App shell', () => {
  it('renders the skip link, the service name, the main landmark and the footer', () => {
    renderAt('/', { demoMode: false });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#maincontent');
    expect(screen.getByRole('banner')).toHaveTextContent('Ladder');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Competency and CPD portfolio');
  });

  it('announces demo mode when the API says it is on', async () => {
    renderAt('/', { demoMode: true });
    expect(await screen.findByRole('region', { name: 'Demo mode' })).toBeInTheDocument();
  });

  it('shows no demo banner outside demo mode', async () => {
    renderAt('/', { demoMode: false });
    await screen.findByRole('main');
    expect(screen.queryByRole('region', { name: 'Demo mode' })).not.toBeInTheDocument();
  });

  it('shows a not-found page for unknown addresses', () => {
    renderAt('/nowhere', { demoMode: false });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});
