import type { Page } from 'playwright-core';
import { LAST_MAIL_TO_SQL, type OutboxRow } from '../../api/src/mail/outbox-query';
import { ownerQuery } from '../../api/test/test-database';
import { accessibilityViolations } from './support/axe';
import { useLadderInBrowser } from './support/ladder-in-browser';
import { totpNow } from './support/totp';

const DEMO_PASSWORD = 'ladder-demo-2026';

/**
 * Sign-in, sign-out, and issue 5's journey, in headless Chromium against the
 * real server. The server runs on DATABASE_URL, so outside demo mode: employer
 * admins must set up two-step verification, and the journey does so, working
 * out the authenticator code from the secret the page shows.
 */
describe('accounts in headless Chromium', () => {
  const ladder = useLadderInBrowser();
  const newPage = (): Promise<Page> => ladder.newPage();

  async function expectHeading(page: Page, name: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  /** Axe on the page at rest: the pointer moved off whatever the last click left it over (a hovered link loses its underline). */
  async function expectAxeClean(page: Page): Promise<void> {
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  function pathOf(page: Page): string {
    return new URL(page.url()).pathname;
  }

  async function menuItems(page: Page): Promise<string[]> {
    return page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allInnerTexts();
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await expectHeading(page, 'Sign in to Ladder');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('signs a demo link worker in and out', async () => {
    const page = await newPage();
    await page.goto(`${ladder.server.baseUrl}/`);
    await expectHeading(page, 'Competency and CPD portfolio for social prescribing');
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).click();
    await expectHeading(page, 'Sign in to Ladder');
    await expect(page.title()).resolves.toBe('Sign in – Ladder');
    await expectAxeClean(page);

    // A wrong password: the error summary takes focus and links to the field.
    await signIn(page, 'sam.link@demo.ladder.test', 'not the password');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByText('The email address or password is not right').waitFor();
    await expect(page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).resolves.toBe(
      true,
    );
    await expectAxeClean(page);

    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectHeading(page, 'Hello, Sam Patel');
    expect(pathOf(page)).toBe('/');
    const account = page.getByRole('navigation', { name: 'Account' });
    await expect(account.innerText()).resolves.toContain('Sam Patel');
    await expect(menuItems(page)).resolves.toEqual(['Frameworks']);
    await expectAxeClean(page);

    // Not a supervisor: My supervisees is not offered, and the address says no.
    await page.goto(`${ladder.server.baseUrl}/supervisees`);
    await expectHeading(page, 'You do not have access to this page');
    await expectAxeClean(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'You have signed out' }).waitFor();
    expect(pathOf(page)).toBe('/sign-in');
    await account.getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAxeClean(page);

    // The session really ended on the server.
    const me = await page.request.get(`${ladder.server.baseUrl}/api/auth/me`);
    expect(me.status()).toBe(401);
  });

  it('sends a signed-out supervisor to sign in and back to My supervisees', async () => {
    const page = await newPage();
    await page.goto(`${ladder.server.baseUrl}/supervisees`);
    await signIn(page, 'supervisor.one@demo.ladder.test', DEMO_PASSWORD);
    await expectHeading(page, 'My supervisees');
    expect(pathOf(page)).toBe('/supervisees');
    const rows = page.getByRole('table', { name: 'The people you currently supervise' }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.locator('th').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Alex Morgan'),
      expect.stringContaining('Sam Patel'),
    ]);
    await expect(menuItems(page)).resolves.toEqual(['Frameworks', 'My supervisees']);
    await expectAxeClean(page);
  });

  it('issue 5: an employer admin invites a supervisor, who accepts, signs in and sees only their supervisees', async () => {
    const admin = await newPage();
    const invitee = await newPage();
    const email = 'rowan.ellis@example.org';

    // The admin signs in. Outside demo mode their role needs two-step verification first.
    await admin.goto(`${ladder.server.baseUrl}/people`);
    await signIn(admin, 'admin@demo.ladder.test', DEMO_PASSWORD);
    await expectHeading(admin, 'Two-step verification');
    expect(pathOf(admin)).toBe('/account/two-factor');
    await expect(menuItems(admin)).resolves.toEqual(['Frameworks']);
    await expectAxeClean(admin);

    await admin.getByRole('button', { name: 'Set up two-step verification' }).click();
    await expectHeading(admin, 'Set up two-step verification');
    await expectAxeClean(admin);
    const secret = (await admin.locator('#totp-secret').innerText()).replace(/\s/g, '');
    const otpauth = await admin.getByRole('link', { name: /open Ladder’s setup link/ }).getAttribute('href');
    expect(new URL(otpauth ?? '').searchParams.get('secret')).toBe(secret);
    await admin.getByLabel('Code from your authenticator app').fill(totpNow(secret));
    await admin.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await expectHeading(admin, 'Save your recovery codes');
    await expect(admin.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count()).resolves.toBe(10);
    await expectAxeClean(admin);
    await admin.getByRole('link', { name: 'I have saved my recovery codes' }).click();
    await expectHeading(admin, 'Hello, Priya Shah');
    await expect(menuItems(admin)).resolves.toEqual(['Frameworks', 'People']);

    // People: everyone in the organisation.
    await admin.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click();
    await expectHeading(admin, 'People');
    await admin.getByRole('link', { name: 'Change Sam Patel' }).waitFor();
    await expectAxeClean(admin);

    // Invite a supervisor: first with nothing filled in, to see the errors.
    await admin.getByRole('link', { name: 'Invite a person' }).click();
    await expectHeading(admin, 'Invite a person');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.locator('.nhsuk-error-summary').getByRole('link', { name: 'Select at least one role' }).waitFor();
    await expectAxeClean(admin);
    await admin.getByLabel('Email address').fill(email);
    await admin.getByLabel('Full name').fill('Rowan Ellis');
    await admin.getByLabel('Job title (optional)').fill('Clinical Supervisor');
    await admin.getByRole('group', { name: 'Roles' }).getByLabel('Supervisor', { exact: true }).check();
    await admin.getByRole('group', { name: 'Supervision they give' }).getByLabel('Clinical').check();
    await expectAxeClean(admin);
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    expect(pathOf(admin)).toBe('/people');
    await admin.getByRole('table', { name: 'Invitations not yet accepted' }).getByText(email).waitFor();
    await expectAxeClean(admin);

    // The invitation email, as the outbox holds it.
    const [mail] = await ownerQuery<OutboxRow>(ladder.server.databaseUrl, LAST_MAIL_TO_SQL, [email]);
    expect(mail.kind).toBe('invitation');
    const invitationPath = new URL(mail.link).pathname;
    expect(invitationPath).toMatch(/^\/invitations\/[\w-]+$/);

    // The invitee accepts, choosing a password (a short one first).
    await invitee.goto(`${ladder.server.baseUrl}${invitationPath}`);
    await expectHeading(invitee, 'Create your Ladder account');
    await expect(invitee.getByRole('main').innerText()).resolves.toContain(
      'Mendip Demo Primary Care Network has invited Rowan Ellis to join Ladder',
    );
    await expectAxeClean(invitee);
    await invitee.getByLabel('Create a password', { exact: true }).fill('too short');
    await invitee.getByRole('button', { name: 'Create account' }).click();
    await invitee
      .locator('.nhsuk-error-summary')
      .getByRole('link', { name: 'Password must be at least 12 characters' })
      .waitFor();
    await expectAxeClean(invitee);
    await invitee.getByLabel('Create a password', { exact: true }).fill('orbit velvet cabbage tram');
    await invitee.getByRole('button', { name: 'Create account' }).click();
    await invitee.getByRole('heading', { name: 'Your account has been created' }).waitFor();
    expect(pathOf(invitee)).toBe('/sign-in');
    await expect(invitee.getByLabel('Email address').inputValue()).resolves.toBe(email);
    await expectAxeClean(invitee);

    // Signed in, they supervise no one yet.
    await invitee.getByLabel('Password', { exact: true }).fill('orbit velvet cabbage tram');
    await invitee.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectHeading(invitee, 'Hello, Rowan Ellis');
    await expect(menuItems(invitee)).resolves.toEqual(['Frameworks', 'My supervisees']);
    await invitee.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My supervisees' }).click();
    await expectHeading(invitee, 'My supervisees');
    await invitee.getByText('You do not supervise anyone at the moment').waitFor();
    await expectAxeClean(invitee);

    // The admin assigns them a worker, from today.
    await admin.getByRole('link', { name: 'Assign a supervisor' }).click();
    await expectHeading(admin, 'Assign a supervisor');
    await expectAxeClean(admin);
    await admin.getByRole('group', { name: 'Supervisor', exact: true }).getByLabel('Rowan Ellis').check();
    await admin.getByRole('group', { name: 'Worker' }).getByLabel('Chris Walker').check();
    await admin.getByRole('group', { name: 'Type of supervision' }).getByLabel('Clinical').check();
    await admin.getByRole('button', { name: 'Assign supervisor' }).click();
    await admin.getByRole('heading', { name: 'Supervisor assigned' }).waitFor();
    const assignment = admin
      .getByRole('table', { name: /Supervision assignments/ })
      .locator('tbody tr', { hasText: 'Rowan Ellis' });
    await expect(assignment.innerText()).resolves.toContain('Chris Walker');
    await expectAxeClean(admin);

    // The admin's other pages pass axe too: changing a person, and ending an assignment.
    await admin.getByRole('link', { name: 'Change Rowan Ellis' }).click();
    await expectHeading(admin, 'Rowan Ellis');
    await expectAxeClean(admin);
    await admin.getByRole('link', { name: 'Back to people' }).click();
    await admin.getByRole('link', { name: 'End Rowan Ellis’s clinical supervision of Chris Walker' }).click();
    await expectHeading(admin, 'End supervision');
    await expectAxeClean(admin);

    // The supervisor sees exactly the worker assigned to them.
    await invitee.reload();
    await expectHeading(invitee, 'My supervisees');
    const rows = invitee.getByRole('table', { name: 'The people you currently supervise' }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.locator('th').innerText()).resolves.toContain('Chris Walker');
    await expect(rows.innerText()).resolves.toContain('Clinical supervision since');
    await expectAxeClean(invitee);
  });

  it('asks for a password reset, and shows the not-valid page for an unknown link', async () => {
    const page = await newPage();
    await page.goto(`${ladder.server.baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expectHeading(page, 'Reset your password');
    await expectAxeClean(page);
    await page.getByLabel('Email address').fill('sam.link@demo.ladder.test');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expectHeading(page, 'Check your email');
    await expectAxeClean(page);

    const [mail] = await ownerQuery<OutboxRow>(ladder.server.databaseUrl, LAST_MAIL_TO_SQL, [
      'sam.link@demo.ladder.test',
    ]);
    await page.goto(`${ladder.server.baseUrl}${new URL(mail.link).pathname}`);
    await expectHeading(page, 'Choose a new password');
    await expectAxeClean(page);

    await page.goto(`${ladder.server.baseUrl}/password-reset/not-a-real-token`);
    await expectHeading(page, 'This password reset link is not valid');
    await expectAxeClean(page);
    await page.goto(`${ladder.server.baseUrl}/invitations/not-a-real-token`);
    await expectHeading(page, 'This invitation link is not valid');
    await expectAxeClean(page);
  });
});
