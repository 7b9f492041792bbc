import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/api-stub';

function renderAt(path: string, about: { demoMode: boolean }) {
  return renderApp(path, { 'GET /api/about': { body: { service: 'Ladder', version: '0.1.0', ...about } } });
}

afterEach(() => vi.unstubAllGlobals());

describe('App shell', () => {
  it('renders the skip link, the service name, the main landmark and the footer', async () => {
    renderAt('/', { demoMode: false });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#maincontent');
    expect(screen.getByRole('banner')).toHaveTextContent('Ladder');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Competency and CPD portfolio');
  });

  it('announces demo mode when the API says it is on', async () => {
    renderAt('/', { demoMode: true });
    expect(await screen.findByRole('region', { name: 'Demo mode' })).toBeInTheDocument();
  });

  it('shows no demo banner outside demo mode', async () => {
    renderAt('/', { demoMode: false });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Demo mode' })).not.toBeInTheDocument();
  });

  it('shows a not-found page for unknown addresses', () => {
    renderAt('/nowhere', { demoMode: false });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});
