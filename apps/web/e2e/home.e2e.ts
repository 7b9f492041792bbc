import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { useLadderInBrowser } from './support/ladder-in-browser';

describe('home page in headless Chromium', () => {
  const ladder = useLadderInBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await ladder.newPage();
  });

  it('renders the NHS.UK shell and the start page', async () => {
    const response = await page.goto(`${ladder.server.baseUrl}/`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Ladder – competency and CPD portfolio');
    await expect(page.getByRole('banner').innerText()).resolves.toContain('Ladder');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Competency and CPD portfolio for social prescribing',
    );
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'API documentation' }).count()).resolves.toBe(
      1,
    );
  });

  it('has a skip link that moves keyboard focus to the main content', async () => {
    await page.goto(`${ladder.server.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('maincontent');
  });

  it('serves client routes on reload and shows a not-found page for unknown ones', async () => {
    await page.goto(`${ladder.server.baseUrl}/no-such-page`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Page not found');
  });

  it.each([['/'], ['/no-such-page']])('%s passes axe (WCAG 2.2 AA)', async (path) => {
    await page.goto(`${ladder.server.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('serves the API docs and a healthy API on the same port', async () => {
    const docs = await page.goto(`${ladder.server.baseUrl}/api/docs`);
    expect(docs?.status()).toBe(200);
    const health = await page.request.get(`${ladder.server.baseUrl}/api/health`);
    expect(health.status()).toBe(200);
  });
});
