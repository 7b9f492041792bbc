import { LADDER_CROSSWALK } from '@ladder/competencies';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiResponses } from './test/fixtures';
import { headingLevels, renderApp } from '../../test/render-app-by-path';

afterEach(() => vi.unstubAllGlobals());

const SOMERSET_TITLE = 'Training & Education Framework & Programme for Somerset Social Prescribing Workforce';
const item = (key: string, version: string, id: string) =>
  `/frameworks/${key}/${version}/items/${encodeURIComponent(id)}`;

function expectNoSkippedHeadingLevels(container: HTMLElement) {
  const levels = headingLevels(container);
  expect(levels[0]).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1] + 1);
  });
}

describe('framework list (/frameworks)', () => {
  it('lists every framework, each linking to its current version', async () => {
    renderApp('/frameworks', apiResponses());
    expect(screen.getByRole('heading', { level: 1, name: 'Competency frameworks' })).toBeInTheDocument();
    const somerset = await screen.findByRole('link', { name: SOMERSET_TITLE });
    expect(somerset).toHaveAttribute('href', '/frameworks/somerset/2021.1');
    expect(
      screen.getByRole('link', {
        name: 'Workforce development framework: social prescribing link workers – Annex A: SPLW competency framework',
      }),
    ).toHaveAttribute('href', '/frameworks/nhse-splw/2023.1');
    expect(
      screen.getByRole('link', { name: 'The Competence Framework for Social Prescribing Practitioners in Wales' }),
    ).toHaveAttribute('href', '/frameworks/wales-sp/2023.1');
    expect(screen.getByText(/Version 2021\.1, published March 2021\. 1 other version held/)).toBeInTheDocument();
    expect(document.title).toBe('Competency frameworks – Ladder');
  });

  it('is reached from the header navigation, which marks it as the current page', async () => {
    renderApp('/', apiResponses());
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Frameworks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Competency frameworks' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Frameworks' })).toHaveAttribute('aria-current', 'page');
  });

  it('says sorry when the API fails', async () => {
    renderApp('/frameworks', apiResponses(), { '/api/frameworks': 500 });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Sorry, there is a problem with the service' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
  });
});

describe('version overview (/frameworks/:key/:version)', () => {
  it('shows the version details and its top-level levels as links', async () => {
    const { container } = renderApp('/frameworks/somerset/2021.1', apiResponses());
    expect(await screen.findByRole('heading', { level: 1, name: SOMERSET_TITLE })).toBeInTheDocument();
    const contents = screen.getByRole('region', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Entry Level',
      'Core Competencies & Knowledge',
      'Level 1 Capabilities',
      'Level 2 Capabilities',
      'Level 3 Capabilities',
      '7.0 Career & remuneration structure',
      'The Dreyfus Scale: Scoring Instructions',
      'Table 2: Competency scoring system',
      'Other training',
    ]);
    expect(links[2]).toHaveAttribute('href', item('somerset', '2021.1', 'somerset:level.level-1'));
    expect(within(contents).getByText('Level, 3 assessed competencies')).toBeInTheDocument();
    expect(screen.getByText('Publisher').nextElementSibling).toHaveTextContent(
      'Somerset People Board for Health & Social Care',
    );
    expect(document.title).toBe('Somerset framework, version 2021.1 – Ladder');
    expectNoSkippedHeadingLevels(container);
  });

  it('shows NHS England areas and Wales domains the same way', async () => {
    renderApp('/frameworks/wales-sp/current', apiResponses());
    const contents = await screen.findByRole('region', { name: 'Contents' });
    expect(
      within(contents).getByRole('link', { name: 'Domain 5: Developing and following through on an action plan' }),
    ).toHaveAttribute('href', item('wales-sp', 'current', 'wales-sp:domain-5'));
    expect(within(contents).getByText('Domain, 7 competence areas')).toBeInTheDocument();
  });

  it('has a labelled search box whose results narrow as you type, with the count announced politely', async () => {
    renderApp('/frameworks/wales-sp/2023.1', apiResponses());
    const search = await screen.findByRole('searchbox', { name: 'Words or a code' });
    expect(search).toHaveAccessibleDescription(/Results appear as you type/);
    expect(screen.getByRole('search', { name: 'Search this framework' })).toContainElement(search);
    const status = document.querySelector('[aria-live="polite"]');
    expect(status).toBeEmptyDOMElement();

    search.focus();
    fireEvent.change(search, { target: { value: 'ambivalence' } });
    await waitFor(() => expect(status).toHaveTextContent('6 results for ‘ambivalence’.'));
    expect(search).toHaveFocus();
    const results = screen.getByRole('list', { name: 'Results for ‘ambivalence’' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(6);
    expect(within(results).getAllByText('ambivalence', { selector: 'mark' }).length).toBeGreaterThanOrEqual(6);

    fireEvent.change(search, { target: { value: 'ambivalence pros' } });
    await waitFor(() => expect(status).toHaveTextContent('1 result for ‘ambivalence pros’.'));
    const narrowed = screen.getByRole('list', { name: 'Results for ‘ambivalence pros’' });
    const [hit] = within(narrowed).getAllByRole('link');
    expect(hit).toHaveAttribute('href', item('wales-sp', '2023.1', 'wales-sp:5.2a.s09'));
    expect(narrowed).toHaveTextContent('Statement in Domain 5: Developing and following through');
    expect(screen.getByTestId('address')).toHaveTextContent('/frameworks/wales-sp/2023.1?q=ambivalence+pros');

    fireEvent.change(search, { target: { value: 'zzzz' } });
    await waitFor(() => expect(status).toHaveTextContent('No results for ‘zzzz’.'));
    expect(screen.queryByRole('list', { name: /Results for/ })).not.toBeInTheDocument();
  });

  it('finds an item by its printed code, and keeps the search in the address for Back', async () => {
    renderApp('/frameworks/wales-sp/2023.1?q=1.2a', apiResponses());
    const results = await screen.findByRole('list', { name: 'Results for ‘1.2a’' });
    expect(within(results).getAllByRole('link')[0]).toHaveTextContent(
      '1.2a Knowledge of the principles of a person-centred approach',
    );
    expect(screen.getByRole('searchbox', { name: 'Words or a code' })).toHaveValue('1.2a');
  });

  it('moves to another version only when the button is pressed, and warns that it is not current', async () => {
    const { fetchMock } = renderApp('/frameworks/somerset/2021.1', apiResponses());
    const picker = await screen.findByRole('combobox', { name: 'Version' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2021.1 – published March 2021 (current)', '2020.1 – published September 2020']);
    fireEvent.change(picker, { target: { value: '2020.1' } });
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/frameworks\/somerset\/2021\.1$/);
    fireEvent.click(screen.getByRole('button', { name: 'Show this version' }));
    expect(await screen.findByRole('heading', { name: /Not the current version/ })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('/frameworks/somerset/2020.1');
    expect(fetchMock).toHaveBeenCalledWith('/api/frameworks/somerset/versions/2020.1', expect.anything());
    expect(screen.getByRole('link', { name: 'Read the current version' })).toHaveAttribute(
      'href',
      '/frameworks/somerset/current',
    );
  });

  it('shows a friendly not-found page for an unknown framework or version', async () => {
    renderApp('/frameworks/somerset/1999.9', apiResponses());
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/could not find that framework or version/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all competency frameworks' })).toHaveAttribute('href', '/frameworks');
    expect(document.title).toBe('Page not found – Ladder');
  });
});

describe('item pages (/frameworks/:key/:version/items/:itemId)', () => {
  it('shows a Somerset assessed competency with its 0–5 rubric table and its crosswalk links', async () => {
    const { container } = renderApp(item('somerset', '2021.1', 'somerset:ac.promoting-autonomy'), apiResponses());
    expect(await screen.findByRole('heading', { level: 1, name: 'Promoting Autonomy' })).toBeInTheDocument();
    expect(document.title).toBe('Promoting Autonomy – Somerset framework – Ladder');
    expect(screen.getByRole('heading', { level: 2, name: 'Key Features' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Interaction' })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Promoting Autonomy rubric: scores 0 to 5' });
    const [head, ...body] = within(table).getAllByRole('row');
    expect(
      within(head)
        .getAllByRole('columnheader')
        .map((cell) => [cell.textContent, cell.getAttribute('scope')]),
    ).toEqual([
      ['Score', 'col'],
      ['Rating', 'col'],
      ['Descriptor', 'col'],
    ]);
    expect(body).toHaveLength(6);
    expect(body.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(within(body[0]).getByRole('rowheader')).toHaveAttribute('scope', 'row');
    expect(body.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      'Absence',
      'Novice',
      'Advanced Beginner',
      'Competent',
      'Proficient',
      'Expert',
    ]);
    expect(body[5]).toHaveTextContent('Highly appropriate and sufficient attempts to promote autonomy or choice.');

    const crosswalk = screen.getByRole('region', { name: 'Also counts for…' });
    expect(crosswalk).toHaveTextContent('Ladder’s editorial mapping, not part of any published framework.');
    expect(crosswalk).toHaveTextContent(LADDER_CROSSWALK.notice);
    expect(within(crosswalk).getByRole('heading', { name: 'NHS England SPLW' })).toBeInTheDocument();
    expect(within(crosswalk).getByRole('heading', { name: 'Wales' })).toBeInTheDocument();
    const nhse = within(crosswalk).getByRole('link', {
      name: 'Promotes and supports behaviour change through coaching and motivational interviewing techniques',
    });
    expect(nhse).toHaveAttribute('href', item('nhse-splw', 'current', 'nhse-splw:2.04'));
    const wales = within(crosswalk).getByRole('link', {
      name: '5.2a Able to use strategies from motivational interviewing',
    });
    expect(wales).toHaveAttribute('href', item('wales-sp', 'current', 'wales-sp:5.2a'));
    expect(within(crosswalk).getAllByRole('link')).toHaveLength(4);
    const card = wales.closest('li') as HTMLElement;
    expect(within(card).getByText('Relation:').parentElement).toHaveTextContent('Relation: Related practice');
    expect(within(card).getByText('Why Ladder links them:').parentElement).toHaveTextContent(
      /^Why Ladder links them: Motivational interviewing works from respect for the person’s autonomy/,
    );

    const breadcrumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Level 1 Capabilities' })).toHaveAttribute(
      'href',
      item('somerset', '2021.1', 'somerset:level.level-1'),
    );
    expect(screen.getByRole('link', { name: /Next assessed competency/ })).toHaveAttribute(
      'href',
      item('somerset', '2021.1', 'somerset:ac.action-planning-goal-setting'),
    );
    expectNoSkippedHeadingLevels(container);
  });

  it('follows links from a version to a level to a competency', async () => {
    renderApp('/frameworks/somerset/2021.1', apiResponses());
    fireEvent.click(await screen.findByRole('link', { name: 'Level 1 Capabilities' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Level 1 Capabilities' })).toHaveFocus();
    expect(screen.getByText('Suggested Payscale (2020/21)').nextElementSibling).toHaveTextContent('£19, 737 - £21,142');
    const assessed = screen.getByRole('heading', { level: 2, name: 'Assessed competencies' }).closest('section');
    fireEvent.click(within(assessed as HTMLElement).getByRole('link', { name: 'Promoting Autonomy' }));
    expect(await screen.findByRole('table', { name: 'Promoting Autonomy rubric: scores 0 to 5' })).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(
      '/frameworks/somerset/2021.1/items/somerset%3Aac.promoting-autonomy',
    );
  });

  it('renders paragraph breaks and bullets in the source text as paragraphs and lists', async () => {
    renderApp(item('somerset', '2021.1', 'somerset:level.entry.induction.snomed-codes'), apiResponses());
    expect(await screen.findByRole('heading', { level: 1, name: 'SNOMED codes' })).toBeInTheDocument();
    const summary = screen.getByText(
      (_text, element) =>
        element?.tagName === 'SUMMARY' &&
        element.textContent === 'Training & education resources available for SNOMED codes',
    );
    const details = summary.closest('details') as HTMLElement;
    expect(within(details).getByText('Emotional support').tagName).toBe('LI');
    expect(within(details).getByText('National Guidance:').tagName).toBe('P');
    expect(details.textContent).not.toContain('•');
  });

  it('turns web addresses in resources into links', async () => {
    renderApp(item('somerset', '2021.1', 'somerset:level.entry.induction.team-roles-and-meetings'), apiResponses());
    const link = await screen.findByRole('link', {
      name: 'https://www.e-lfh.org.uk/programmes/new-roles-in-primary-care/',
    });
    expect(link).toHaveAttribute('href', 'https://www.e-lfh.org.uk/programmes/new-roles-in-primary-care/');
  });

  it('shows a Wales competence area as subheadings with nested statement lists, and its links back', async () => {
    const { container } = renderApp(item('wales-sp', 'current', 'wales-sp:5.2a'), apiResponses());
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '5.2a Able to use strategies from motivational interviewing',
      }),
    ).toBeInTheDocument();
    const style = screen.getByRole('heading', { level: 2, name: 'Style of interaction' }).closest('section');
    const statement = within(style as HTMLElement).getByText('An ability to maintain a reflective listening style by:');
    const nested = statement.closest('li') as HTMLElement;
    expect(
      within(nested).getByText('double-sided reflection (highlighting ambivalence about change)').closest('ul'),
    ).not.toBe(nested.parentElement);
    const crosswalk = screen.getByRole('region', { name: 'Also counts for…' });
    expect(within(crosswalk).getByRole('link', { name: 'Promoting Autonomy' })).toHaveAttribute(
      'href',
      item('somerset', 'current', 'somerset:ac.promoting-autonomy'),
    );
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(
      'Domain 5: Developing and following through on an action plan',
    );
    expectNoSkippedHeadingLevels(container);
  });

  it('shows an NHS England competency with its description and route to achieve', async () => {
    const { container } = renderApp(item('nhse-splw', '2023.1', 'nhse-splw:2.04'), apiResponses());
    expect(await screen.findByRole('heading', { level: 2, name: 'Description' })).toBeInTheDocument();
    const route = screen.getByRole('heading', { level: 2, name: 'Suggested route to achieve competency' });
    expect(route.closest('section')).toHaveTextContent('Assessed through observed practice and feedback');
    expect(screen.getByRole('region', { name: 'Also counts for…' })).toHaveTextContent('Promoting Autonomy');
    expectNoSkippedHeadingLevels(container);
  });

  it('shows the Dreyfus scale as a table too', async () => {
    renderApp(item('somerset', '2021.1', 'somerset:dreyfus-scale'), apiResponses());
    const table = await screen.findByRole('table', { name: 'Table 2: Competency scoring system' });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(screen.queryByRole('region', { name: 'Also counts for…' })).not.toBeInTheDocument();
  });

  it('shows a friendly not-found page for an unknown item', async () => {
    renderApp(item('somerset', '2021.1', 'somerset:no-such-item'), apiResponses());
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('somerset:no-such-item')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the contents of Somerset version 2021.1' })).toHaveAttribute(
      'href',
      '/frameworks/somerset/2021.1',
    );
  });

  it('shows a friendly not-found page for an unknown framework', async () => {
    renderApp(item('nowhere', 'current', 'nowhere:1'), apiResponses());
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
