import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { useLadderInBrowser } from './support/ladder-in-browser';

const DEMO_PASSWORD = 'ladder-demo-2026';
const SCSE = 'Supporting Competence & Self Efficacy';
/** Somerset Appendix 6, Supporting Competence & Self Efficacy, score 3 (the start of its descriptor). */
const SCSE_COMPETENT =
  'Competent delivery and appropriate attempts to build and reinforce competence and self-efficacy';

/**
 * Issue 6's journey in headless Chromium against the real server and its demo records: Alex
 * Morgan is at Level 1, with Supporting Competence & Self Efficacy last scored 2. Their supervisor
 * plans an observation of it, scores it 3 with the keyboard alone (the rubric beside every
 * choice), confirms consent, checks the answers and signs off; Alex then signs in, sees Level 2
 * and the gaps to Level 3, and acknowledges the observation. Axe (WCAG 2.2 AA) on every page.
 */
describe('observations in headless Chromium', () => {
  const ladder = useLadderInBrowser();
  const newPage = (): Promise<Page> => ladder.newPage();

  async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
  }

  /** Axe on the page at rest, the pointer moved off whatever it was over. */
  async function expectAxeClean(page: Page): Promise<void> {
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${ladder.server.baseUrl}/sign-in`);
    await expectHeading(page, 'Sign in to Ladder');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** Moves focus to an element and presses a key on it: the keyboard, not the mouse. */
  async function press(locator: Locator, key: string): Promise<void> {
    await locator.focus();
    await locator.press(key);
  }

  function pathOf(page: Page): string {
    return new URL(page.url()).pathname;
  }

  it('a supervisor plans, scores with the keyboard and signs off; the worker sees the new level and acknowledges', async () => {
    const supervisor = await newPage();
    await signIn(supervisor, 'supervisor.one@demo.ladder.test');
    await expectHeading(supervisor, 'Hello, Dr Tom Hughes');

    // Home: the supervisees, their levels, and whether an observation is due (in words).
    const caseload = supervisor.getByRole('table', { name: /The people you supervise/ });
    const alexRow = caseload.getByRole('row', { name: /Alex Morgan/ });
    await alexRow.waitFor();
    await expect(alexRow.innerText()).resolves.toMatch(/Level 1[\s\S]*Up to date/);
    await expectAxeClean(supervisor);

    // Plan: the competencies of Alex's current and next level come ticked; keep only the one to observe.
    await press(alexRow.getByRole('link', { name: 'Plan an observation of Alex Morgan' }), 'Enter');
    await expectHeading(supervisor, 'Plan an observation');
    expect(new URL(supervisor.url()).searchParams.get('workerId')).toBeTruthy();
    const competencies = supervisor.getByRole('checkbox');
    await supervisor.getByRole('checkbox', { name: SCSE }).waitFor();
    for (const name of [
      'Promoting Autonomy',
      'Action Planning & Goal Setting',
      'Managing Setbacks & Problem Solving',
      'Self-Monitoring',
    ]) {
      const box = supervisor.getByRole('checkbox', { name });
      await expect(box.isChecked()).resolves.toBe(true);
      await press(box, 'Space');
      await expect(box.isChecked()).resolves.toBe(false);
    }
    await expect(supervisor.getByRole('checkbox', { name: SCSE }).isChecked()).resolves.toBe(true);
    await expect(competencies.count()).resolves.toBe(6);
    // The guidance both of them read before the session.
    await supervisor.getByText('Before the observation').waitFor();
    await press(supervisor.locator('summary', { hasText: 'Key features of the competencies' }), 'Enter');
    await supervisor
      .getByText(/Competence and self-efficacy is essential/)
      .first()
      .waitFor();
    await expectAxeClean(supervisor);

    // Without a setting: the error summary, focused, links to the field.
    await press(supervisor.getByRole('button', { name: 'Plan observation' }), 'Enter');
    const summary = supervisor.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Select the setting of the session' }).waitFor();
    await expect(
      supervisor.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')),
    ).resolves.toBe(true);
    await expectAxeClean(supervisor);
    await press(supervisor.getByRole('radio', { name: 'Face to face' }), 'Space');
    await press(supervisor.getByRole('button', { name: 'Plan observation' }), 'Enter');

    // Score: one fieldset per competency, each score's radio named with the rubric's descriptor.
    await expectHeading(supervisor, 'Score the observation');
    const observationPath = pathOf(supervisor);
    expect(observationPath).toMatch(/^\/observations\/[0-9a-f-]{36}$/);
    const scse = supervisor.getByRole('group', { name: SCSE });
    const competent = scse.getByRole('radio', { name: new RegExp(`^3 Competent — ${SCSE_COMPETENT}`) });
    await competent.waitFor();
    await expect(scse.getByRole('radio').count()).resolves.toBe(7);
    await scse.getByRole('radio', { name: 'Not observed' }).waitFor();
    await press(scse.locator('summary', { hasText: 'Key features and interaction' }), 'Enter');
    await scse.getByText(/Facilitators should support individuals to break down goals/).waitFor();
    await expectAxeClean(supervisor);

    // Keyboard only: onto the first score, arrow down to 3; Tab on to the evidence notes.
    await scse.getByRole('radio', { name: /^0 Absence/ }).focus();
    for (let step = 0; step < 3; step++) await supervisor.keyboard.press('ArrowDown');
    await expect(competent.isChecked()).resolves.toBe(true);
    await supervisor.keyboard.press('Tab');
    const notes = supervisor.getByRole('textbox', { name: `Evidence notes for ${SCSE} (optional)` });
    await expect(notes.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await supervisor.keyboard.type('Broke the goal into small weekly steps and checked confidence with a scale.');
    // Text that looks like a patient identifier is not stored until edited or confirmed.
    const strengths = supervisor.getByRole('textbox', { name: 'Strengths (optional)' });
    await strengths.focus();
    await supervisor.keyboard.type('Clear, encouraging feedback to the patient, NHS number 943 476 5919.');
    const warning = supervisor.getByRole('heading', { name: /Check for details that could identify someone/ });
    await warning.waitFor();
    await supervisor.getByRole('link', { name: 'Strengths looks like it holds an NHS number' }).waitFor();
    await expectAxeClean(supervisor);
    await supervisor.keyboard.press('ControlOrMeta+A');
    await supervisor.keyboard.type('Clear, encouraging feedback.');
    await warning.waitFor({ state: 'detached' });
    await supervisor.getByRole('textbox', { name: 'Agreed actions (optional)' }).focus();
    await supervisor.keyboard.type('Keep using scaling questions.');
    await press(
      supervisor.getByRole('checkbox', { name: 'The person whose session I observed agreed to the observation' }),
      'Space',
    );
    // Autosave: the draft is on the server before anything is submitted.
    await supervisor
      .getByRole('status')
      .filter({ hasText: /^Saved at \d{2}:\d{2}$/ })
      .waitFor();

    // Leaving and coming back loses nothing.
    await supervisor.reload();
    await expectHeading(supervisor, 'Score the observation');
    await expect(competent.isChecked()).resolves.toBe(true);
    await expect(notes.inputValue()).resolves.toContain('small weekly steps');
    await expect(
      supervisor
        .getByRole('checkbox', { name: 'The person whose session I observed agreed to the observation' })
        .isChecked(),
    ).resolves.toBe(true);

    await press(supervisor.getByRole('button', { name: 'Continue' }), 'Enter');

    // Check your answers: every score and text, each with a Change link.
    await expectHeading(supervisor, 'Check your answers before signing off');
    const main = supervisor.getByRole('main');
    await expect(main.innerText()).resolves.toMatch(new RegExp(`${SCSE}\\s+3 Competent`));
    await expect(main.innerText()).resolves.toContain('small weekly steps');
    await expect(main.innerText()).resolves.toContain('Clear, encouraging feedback.');
    await expect(main.innerText()).resolves.not.toContain('943 476 5919');
    await supervisor.getByRole('link', { name: `Change the score for ${SCSE}` }).waitFor();
    await expectAxeClean(supervisor);
    await press(supervisor.getByRole('button', { name: 'Sign off' }), 'Enter');

    // Signed off: read-only, who and when.
    await expectHeading(supervisor, /^Observation on /);
    expect(pathOf(supervisor)).toBe(observationPath);
    await supervisor.getByText('Observation signed off').waitFor();
    await supervisor.getByText(/Signed off by Dr Tom Hughes on/).waitFor();
    await expect(supervisor.getByRole('radio').count()).resolves.toBe(0);
    await supervisor.getByRole('link', { name: 'Amend this observation' }).waitFor();
    await expectAxeClean(supervisor);

    // The caseload shows Alex's new level.
    await supervisor.goto(`${ladder.server.baseUrl}/`);
    await expect(
      supervisor
        .getByRole('table', { name: /The people you supervise/ })
        .getByRole('row', { name: /Alex Morgan/ })
        .innerText(),
    ).resolves.toMatch(/Level 2/);

    // Alex signs in: Level 2, and what Level 3 needs, in plain words.
    const worker = await newPage();
    await signIn(worker, 'alex.link@demo.ladder.test');
    await expectHeading(worker, 'Hello, Alex Morgan');
    const level = worker.getByRole('region', { name: 'Your level' });
    await expect(level.getByRole('definition').first().innerText()).resolves.toBe('Level 2');
    const gaps = worker.getByRole('list', { name: 'What you need for Level 3' });
    await expect(gaps.innerText()).resolves.toMatch(
      new RegExp(`${SCSE}: latest score 3 \\(Competent\\) on \\d+ \\w+ \\d{4}; needs 5 \\(Expert\\)`),
    );
    await expect(gaps.innerText()).resolves.toContain('Employer attestation');
    // The score history chart says what it shows.
    await worker
      .getByRole('img', {
        name: new RegExp(`^${SCSE} scores by date: 2 \\(Advanced Beginner\\) on .*; 3 \\(Competent\\) on `),
      })
      .waitFor();
    await expectAxeClean(worker);

    // Alex reads the observation and acknowledges it; the scores stay theirs to read, not change.
    await press(worker.getByRole('link', { name: /^Observation on / }).first(), 'Enter');
    await expectHeading(worker, /^Observation on /);
    await expect(worker.getByRole('radio').count()).resolves.toBe(0);
    await expectAxeClean(worker);
    await worker.getByRole('textbox', { name: 'Your comment (optional)' }).focus();
    await worker.keyboard.type('Thank you: the scaling questions helped.');
    await press(worker.getByRole('button', { name: 'Acknowledge observation' }), 'Enter');
    await worker.getByText('Observation acknowledged').waitFor();
    await worker.getByText(/You acknowledged this observation on/).waitFor();
    await expectAxeClean(worker);
  });
});
