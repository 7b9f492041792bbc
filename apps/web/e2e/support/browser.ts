import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// This machine's network is closed: keep Chromium from phoning home at start.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

interface ResolvedBrowser {
  executablePath: string;
  args: string[];
  source: string;
}

/**
 * The browser for end-to-end tests: CHROME_PATH, else a system Chromium or
 * Chrome, else the Chromium shipped inside the @sparticuz/chromium npm package,
 * so the tests run on a machine with nothing but Node.
 */
export function resolveBrowser(): ResolvedBrowser {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: QUIET_FLAGS, source: 'CHROME_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: QUIET_FLAGS, source: 'system' };
  // The package unpacks its browser on first use; ask it in a plain Node process (it is ESM).
  const script =
    "import('@sparticuz/chromium').then(async ({ default: c }) => process.stdout.write(JSON.stringify({ path: await c.executablePath(), args: c.args })))";
  const { path, args } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
    path: string;
    args: string[];
  };
  // Its flags are tuned for AWS Lambda; single-process mode dies when a page closes, and Playwright sets headless itself.
  const lambdaOnly = ['--single-process', '--no-zygote'];
  const kept = args.filter((arg) => !arg.startsWith('--headless') && !lambdaOnly.includes(arg));
  return { executablePath: path, args: [...kept, ...QUIET_FLAGS], source: '@sparticuz/chromium' };
}

export async function launchBrowser(): Promise<Browser> {
  const browser = resolveBrowser();
  return chromium.launch({
    executablePath: browser.executablePath,
    // Playwright gives every launch a fresh, empty profile.
    args: browser.args,
    headless: true,
  });
}
