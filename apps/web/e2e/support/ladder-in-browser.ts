import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startLadder, type LadderServer } from './ladder-server';

export interface LadderInBrowser {
  /** The running server (available from the first test on). */
  readonly server: LadderServer;
  /** A page in a new browser context: no cookies shared with any other page. Closed after each test. */
  newPage(): Promise<Page>;
}

/**
 * One real server (fresh database, demo people) and one headless Chromium per
 * test file, started in parallel; every page gets its own context.
 */
export function useLadderInBrowser(): LadderInBrowser {
  let server: LadderServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLadder(), launchBrowser()]);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server(): LadderServer {
      if (!server) throw new Error('The server starts in beforeAll; use it inside a test');
      return server;
    },
    async newPage(): Promise<Page> {
      if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test');
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    },
  };
}
