import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, SAM, signedInAs, TOM } from '../../test/api-stub';
import { ALEX_ID, OBSERVATIONS, progressionResult } from './test/fixtures';

afterEach(() => vi.unstubAllGlobals());

const ALEX_ME = { ...SAM, personId: ALEX_ID, email: 'alex.link@demo.ladder.test', fullName: 'Alex Morgan' };
const SCSE = 'Supporting Competence & Self Efficacy';

const ROUTES = {
  [`GET /api/people/${ALEX_ID}/progression`]: { body: progressionResult() },
  [`GET /api/observations?workerId=${ALEX_ID}`]: { body: OBSERVATIONS },
};

describe('the worker’s home page', () => {
  it('shows their level, the gaps to the next in plain words, each score’s history with its text alternative, and pay', async () => {
    renderApp('/', { ...signedInAs(ALEX_ME), ...ROUTES });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Alex Morgan' })).toBeInTheDocument();

    const level = await screen.findByRole('region', { name: 'Your level' });
    const facts = within(level)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(facts.slice(0, 2)).toEqual([
      ['Current level', 'Level 2'],
      ['Next level', 'Level 3'],
    ]);
    const gaps = within(level).getByRole('list', { name: 'What you need for Level 3' }).querySelectorAll('li');
    expect([...gaps].map((gap) => gap.textContent)).toEqual([
      'Person Centred Approach: latest score 4 (Proficient) on 15 December 2025; needs 5 (Expert)',
      'Promoting Autonomy: latest score 3 (Competent) on 15 December 2025; needs 5 (Expert)',
      'Action Planning & Goal Setting: latest score 3 (Competent) on 15 December 2025; needs 5 (Expert)',
      'Managing Setbacks & Problem Solving: latest score 3 (Competent) on 15 December 2025; needs 5 (Expert)',
      `${SCSE}: latest score 3 (Competent) on 2 March 2026; needs 5 (Expert)`,
      'Self-monitoring: latest score 3 (Competent) on 15 December 2025; needs 5 (Expert)',
      'Employer attestation of wider responsibilities, leadership or specialisation: none current',
    ]);
    // The reasons, without the observations' ids.
    expect(
      within(level).getByText(/^Level 2: Supporting Competence & Self Efficacy scored 3 \(Competent\) on 2 March 2026/),
    ).not.toHaveTextContent(/observation [0-9a-f]{8}-/);

    // Each competency: its latest score, and a chart whose name says every signed-off score (the
    // superseded version and the draft left out), with the same in a table.
    const scse = screen.getByRole('region', { name: SCSE });
    expect(within(scse).getByText(/3 Competent, observed 2 March 2026/)).toBeInTheDocument();
    const chart = within(scse).getByRole('img');
    expect(chart).toHaveAccessibleName(
      `${SCSE} scores by date: 2 (Advanced Beginner) on 15 December 2025; 3 (Competent) on 2 March 2026`,
    );
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const table = within(scse).getByRole('table', { name: `${SCSE}: scores by date` });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['15 December 20252 Advanced Beginner', '2 March 20263 Competent']);
    // Self-monitoring's draft 5 is not a score yet.
    expect(within(screen.getByRole('region', { name: 'Self-monitoring' })).getByRole('img')).toHaveAccessibleName(
      'Self-monitoring scores by date: 3 (Competent) on 15 December 2025',
    );

    const pay = screen.getByRole('region', { name: 'Suggested pay' });
    expect(pay).toHaveTextContent('Band 4');
    expect(pay).toHaveTextContent(/a year \(£[\d.]+ an hour\), the point for 5-6 years’ experience/);
    expect(pay).toHaveTextContent('This is a suggestion only');

    const observations = screen.getByRole('table', { name: 'Your observations, newest first' });
    expect(within(observations).getAllByRole('row')).toHaveLength(5);
    expect(within(observations).getByRole('link', { name: 'Observation on 15 December 2025' })).toHaveAttribute(
      'href',
      '/observations/0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f01',
    );
    expect(within(observations).getByText('Replaced by an amendment')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan an observation of your practice' })).toHaveAttribute(
      'href',
      `/observations/new?workerId=${ALEX_ID}`,
    );
  });

  it('says so when the progress cannot be loaded, and keeps the rest of the page', async () => {
    renderApp('/', {
      ...signedInAs(ALEX_ME),
      [`GET /api/people/${ALEX_ID}/progression`]: { status: 500, body: { statusCode: 500, message: 'boom' } },
      [`GET /api/observations?workerId=${ALEX_ID}`]: { body: [] },
    });
    // A server failure is asked once more before giving up.
    expect(
      await screen.findByText('Sorry, we could not load your progress. Try again later.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('No one has observed your practice in Ladder yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the competency frameworks' })).toBeInTheDocument();
  });
});

describe('a worker’s progress page (/people/:id/progression)', () => {
  it('shows a supervisor the worker’s level and observations under their name, with a link to plan one', async () => {
    renderApp(`/people/${ALEX_ID}/progression`, {
      ...signedInAs(TOM),
      ...ROUTES,
      'GET /api/people': {
        body: [
          {
            id: ALEX_ID,
            email: 'alex.link@demo.ladder.test',
            fullName: 'Alex Morgan',
            jobTitle: null,
            roles: ['link_worker'],
            supervisionTypes: [],
            active: true,
            experienceStartDate: null,
            employmentStartDate: null,
          },
        ],
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Alex Morgan' })).toBeInTheDocument();
    expect(document.title).toBe('Alex Morgan – progress and observations – Ladder');
    const level = await screen.findByRole('region', { name: 'Level' });
    expect(within(level).getByRole('list', { name: 'What is needed for Level 3' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Observations, newest first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan an observation' })).toHaveAttribute(
      'href',
      `/observations/new?workerId=${ALEX_ID}`,
    );
  });
});
