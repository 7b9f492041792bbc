import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { useLadderInBrowser } from './support/ladder-in-browser';

const SOMERSET = 'Training & Education Framework & Programme for Somerset Social Prescribing Workforce';
const WALES = 'The Competence Framework for Social Prescribing Practitioners in Wales';

describe('framework browser in headless Chromium', () => {
  const ladder = useLadderInBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await ladder.newPage();
  });

  async function expectHeading(name: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  async function expectAxeClean(): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('goes from the list to Somerset’s Promoting Autonomy, with its rubric and crosswalk', async () => {
    await page.goto(`${ladder.server.baseUrl}/frameworks`);
    await expectHeading('Competency frameworks');
    await expect(page.title()).resolves.toBe('Competency frameworks – Ladder');
    await expectAxeClean();

    await page.getByRole('link', { name: SOMERSET, exact: true }).click();
    await expectHeading(SOMERSET);
    expect(new URL(page.url()).pathname).toBe('/frameworks/somerset/2021.1');
    await expectAxeClean();

    await page.getByRole('region', { name: 'Contents' }).getByRole('link', { name: 'Level 1 Capabilities' }).click();
    await expectHeading('Level 1 Capabilities');
    await expectAxeClean();

    await page.getByRole('link', { name: 'Promoting Autonomy', exact: true }).click();
    await expectHeading('Promoting Autonomy');
    expect(new URL(page.url()).pathname).toBe('/frameworks/somerset/2021.1/items/somerset%3Aac.promoting-autonomy');
    await expect(page.title()).resolves.toBe('Promoting Autonomy – Somerset framework – Ladder');

    const rubric = page.getByRole('table', { name: 'Promoting Autonomy rubric: scores 0 to 5' });
    await expect(rubric.locator('thead th[scope="col"]').allInnerTexts()).resolves.toEqual([
      'Score',
      'Rating',
      'Descriptor',
    ]);
    await expect(rubric.locator('tbody th[scope="row"]').allInnerTexts()).resolves.toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    await expect(rubric.locator('tbody tr').count()).resolves.toBe(6);

    const crosswalk = page.getByRole('region', { name: 'Also counts for…' });
    await expect(crosswalk.innerText()).resolves.toContain(
      'Ladder’s editorial mapping, not part of any published framework.',
    );
    const wales = crosswalk.getByRole('link', { name: '5.2a Able to use strategies from motivational interviewing' });
    await expect(wales.getAttribute('href')).resolves.toBe('/frameworks/wales-sp/current/items/wales-sp%3A5.2a');
    await expectAxeClean();

    // The crosswalk leads into the other framework, whose page links back.
    await wales.click();
    await expectHeading('5.2a Able to use strategies from motivational interviewing');
    await expect(
      page.getByRole('region', { name: 'Also counts for…' }).getByRole('link', { name: 'Promoting Autonomy' }).count(),
    ).resolves.toBe(1);
    await expectAxeClean();
  });

  it('searches Wales for a phrase with the keyboard and opens the result', async () => {
    await page.goto(`${ladder.server.baseUrl}/frameworks`);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Frameworks' }).waitFor();
    await page.getByRole('link', { name: WALES, exact: true }).click();
    await expectHeading(WALES);

    const search = page.getByRole('searchbox', { name: 'Words or a code' });
    await search.focus();
    await page.keyboard.type('explore and resolve their ambivalence');
    const status = page.locator('[aria-live="polite"]');
    await page.getByText('1 result for ‘explore and resolve their ambivalence’.').waitFor();
    await expect(status.innerText()).resolves.toBe('1 result for ‘explore and resolve their ambivalence’.');
    expect(new URL(page.url()).search).toBe('?q=explore+and+resolve+their+ambivalence');
    await expectAxeClean();

    // The first result is the next stop after the search box.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'An ability to help the person explore and resolve their ambivalence in favour of change',
    );
    await page.keyboard.press('Enter');
    await expectHeading('An ability to help the person explore and resolve their ambivalence in favour of change');
    await expect(
      page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'Identifying discrepancies' })
        .count(),
    ).resolves.toBe(1);
    await expectAxeClean();

    // Back returns to the results.
    await page.goBack();
    await page.getByText('1 result for ‘explore and resolve their ambivalence’.').waitFor();
    await expect(search.inputValue()).resolves.toBe('explore and resolve their ambivalence');
  });

  it('shows the NHS England framework and a friendly page for an unknown version', async () => {
    await page.goto(`${ladder.server.baseUrl}/frameworks/nhse-splw/current/items/nhse-splw%3A2.04`);
    await expectHeading(
      'Promotes and supports behaviour change through coaching and motivational interviewing techniques',
    );
    await page.getByRole('heading', { level: 2, name: 'Suggested route to achieve competency' }).waitFor();
    await expectAxeClean();

    await page.goto(`${ladder.server.baseUrl}/frameworks/somerset/1999.9`);
    await expectHeading('Page not found');
    await expect(page.getByRole('link', { name: 'See all competency frameworks' }).count()).resolves.toBe(1);
    await expectAxeClean();
  });
});
