import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSRF_TOKEN, renderApp, SAM, signedInAs, TOM, type ApiCall, type Routes } from '../../test/api-stub';
import type { ObservationDetailView } from './api/observations';
import {
  ALEX,
  draft,
  FRAMEWORK_ROUTES,
  item,
  OBSERVATION_ID,
  OBSERVATION_URL,
  PLAN_ROUTE,
  PROMOTING_AUTONOMY,
  readyDraft,
  SAM_ID,
  SCSE,
  SELF_MONITORING,
  signedOff,
} from './test/fixtures';

afterEach(() => vi.unstubAllGlobals());

const SCSE_NAME = 'Supporting Competence & Self Efficacy';
const SCSE_3 =
  '3 Competent — Competent delivery and appropriate attempts to build and reinforce competence and self-efficacy. The facilitator is engaged, aware, and able to cope with different contexts and situations but there are some minor problems or inconsistencies.';
const STALE =
  'This draft has been changed since you opened it (in another tab or by someone else). Reload to see the latest version before saving again.';
/** Autosave waits for typing to pause; give it time. */
const SAVED = { timeout: 4000 };

const ALEX_ME = { ...SAM, personId: ALEX.id, email: 'alex.link@demo.ladder.test', fullName: ALEX.fullName };

const calls = (all: ApiCall[], method: string, path: string) =>
  all.filter((call) => call.method === method && call.path === path);

/** The observation page's answers, as the API gives them; `observation` may change as the test goes. */
function observationRoutes(observation: () => ObservationDetailView, extra: Routes = {}): Routes {
  return {
    ...signedInAs(TOM),
    ...FRAMEWORK_ROUTES,
    ...PLAN_ROUTE,
    [`GET ${OBSERVATION_URL}`]: () => ({ body: observation() }),
    ...extra,
  };
}

/** Answers a draft save as the API does: the revision goes up and the changes are applied. */
function applySave(current: ObservationDetailView, body: Record<string, unknown>): ObservationDetailView {
  const changes = (body.items ?? []) as {
    itemId: string;
    score: number | null;
    notObserved: boolean;
    evidenceNotes: string;
  }[];
  return {
    ...current,
    ...(body as Partial<ObservationDetailView>),
    items: current.items.map((stored) => ({ ...stored, ...changes.find((change) => change.itemId === stored.itemId) })),
    revision: current.revision + 1,
  };
}

async function scoringForm() {
  return screen.findByRole('heading', { level: 1, name: 'Score the observation' });
}

describe('scoring an observation (/observations/:id, a supervisor, a draft)', () => {
  it('puts each competency in a fieldset named by its legend, each score a radio labelled with its rating and this rubric’s descriptor', async () => {
    renderApp(
      `/observations/${OBSERVATION_ID}`,
      observationRoutes(() => draft()),
    );
    await scoringForm();

    const group = screen.getByRole('group', { name: SCSE_NAME });
    expect(group.tagName).toBe('FIELDSET');
    expect(within(group).getByText(SCSE_NAME).closest('legend')).not.toBeNull();
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      expect.stringMatching(/^0 Absence — Absence of attempts to build and reinforce competence/),
      expect.stringMatching(/^1 Novice — Minimal attempts/),
      expect.stringMatching(/^2 Advanced Beginner — Some evidence of competence/),
      SCSE_3,
      expect.stringMatching(/^4 Proficient — Numerous and appropriate attempts/),
      expect.stringMatching(/^5 Expert — Highly appropriate and sufficient attempts/),
      'Not observed',
    ]);
    expect(within(group).getByRole('radio', { name: SCSE_3 })).toBeInTheDocument();
    // One group for the keyboard: the same name, so Tab stops once and the arrow keys move between scores.
    expect(new Set(radios.map((radio) => radio.getAttribute('name'))).size).toBe(1);
    // The key features and interaction sit beside the choice.
    expect(within(group).getByText(/Key features and interaction/)).toBeInTheDocument();
    expect(within(group).getByText(/Competence and self-efficacy is essential/)).toBeInTheDocument();
    // Evidence notes: a labelled textarea with a character count.
    const notes = screen.getByRole('textbox', { name: `Evidence notes for ${SCSE_NAME} (optional)` });
    expect(notes).toHaveAccessibleDescription(/You can enter up to 5000 characters/);
    // Self-Monitoring has its own rubric too, in its own fieldset.
    expect(screen.getByRole('group', { name: 'Self-Monitoring' })).toBeInTheDocument();
  });

  it('autosaves: a PUT with the revision and only what changed, then “Saved at hh:mm”; the next save uses the new revision', async () => {
    let current = draft();
    const { calls: all } = renderApp(
      `/observations/${OBSERVATION_ID}`,
      observationRoutes(() => current, {
        [`PUT ${OBSERVATION_URL}`]: (call) => {
          current = applySave(current, call.body as Record<string, unknown>);
          return { body: current };
        },
      }),
    );
    await scoringForm();
    fireEvent.click(screen.getByRole('radio', { name: SCSE_3 }));

    await waitFor(() => expect(calls(all, 'PUT', OBSERVATION_URL)).toHaveLength(1), SAVED);
    const [first] = calls(all, 'PUT', OBSERVATION_URL);
    expect(first.headers['x-csrf-token']).toBe(CSRF_TOKEN);
    expect(first.body).toEqual({
      revision: 3,
      items: [{ itemId: SCSE, score: 3, notObserved: false, evidenceNotes: '' }],
    });
    expect(await screen.findByText(/^Saved at \d{2}:\d{2}$/)).toHaveAttribute('role', 'status');

    fireEvent.change(screen.getByRole('textbox', { name: 'Strengths (optional)' }), {
      target: { value: 'Clear feedback.' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /agreed to the observation/ }));
    await waitFor(() => expect(calls(all, 'PUT', OBSERVATION_URL)).toHaveLength(2), SAVED);
    expect(calls(all, 'PUT', OBSERVATION_URL)[1].body).toEqual({
      revision: 4,
      strengths: 'Clear feedback.',
      consentConfirmed: true,
    });
  });

  it('on a 409 says the draft changed elsewhere and reloads the latest version on request', async () => {
    let current = draft();
    const { calls: all } = renderApp(
      `/observations/${OBSERVATION_ID}`,
      observationRoutes(() => current, {
        [`PUT ${OBSERVATION_URL}`]: () => {
          // Someone else saved first: their score is now the stored one.
          current = draft({ revision: 5, items: [item(SCSE, { score: 4 }), item(SELF_MONITORING)] });
          return { status: 409, body: { statusCode: 409, error: 'Conflict', message: STALE } };
        },
      }),
    );
    await scoringForm();
    fireEvent.click(screen.getByRole('radio', { name: SCSE_3 }));

    const alert = await screen.findByRole('heading', { name: 'This draft has been changed somewhere else' }, SAVED);
    const box = alert.closest('.nhsuk-error-summary') as HTMLElement;
    expect(box).toHaveTextContent(STALE);
    // Announced (an alert), but focus stays where the supervisor was working.
    expect(box).toHaveAttribute('role', 'alert');
    expect(box).not.toHaveFocus();
    expect(screen.getByText(/^Your latest changes are not saved: this draft has been changed/)).toHaveAttribute(
      'role',
      'status',
    );
    const readsBefore = calls(all, 'GET', OBSERVATION_URL).length;

    fireEvent.click(within(box).getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: SCSE_NAME })).getByRole('radio', { name: /^4 Proficient/ }),
      ).toBeChecked(),
    );
    expect(calls(all, 'GET', OBSERVATION_URL).length).toBeGreaterThan(readsBefore);
    expect(
      screen.queryByRole('heading', { name: 'This draft has been changed somewhere else' }),
    ).not.toBeInTheDocument();
    // Nothing more was sent while stale.
    expect(calls(all, 'PUT', OBSERVATION_URL)).toHaveLength(1);
  });

  it('on a 422 names the fields and kinds that look like identifiers, then saves when the supervisor confirms', async () => {
    let current = readyDraft({ items: [item(SCSE, { score: 3 }), item(SELF_MONITORING, { notObserved: true })] });
    const { calls: all } = renderApp(
      `/observations/${OBSERVATION_ID}`,
      observationRoutes(() => current, {
        [`PUT ${OBSERVATION_URL}`]: (call) => {
          const body = call.body as Record<string, unknown>;
          if (body.confirmPossibleIdentifiers !== true) {
            return {
              status: 422,
              body: {
                statusCode: 422,
                error: 'Unprocessable Entity',
                message: 'This looks like it may identify the person you were supporting.',
                possibleIdentifiers: [
                  { field: 'items.0.evidenceNotes', kind: 'nhs-number' },
                  { field: 'items.0.evidenceNotes', kind: 'date-of-birth' },
                  { field: 'strengths', kind: 'postcode-with-name' },
                ],
              },
            };
          }
          current = applySave(current, body);
          return { body: current };
        },
      }),
    );
    await scoringForm();
    // Self-Monitoring's notes change (the request's item 0), not the first item on the page.
    fireEvent.change(screen.getByRole('textbox', { name: 'Evidence notes for Self-Monitoring (optional)' }), {
      target: { value: 'Seen with 943 476 5919, born 12/03/1956' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Strengths (optional)' }), {
      target: { value: 'Mrs Jones at BA1 1AA' },
    });

    const warning = (
      await screen.findByRole('heading', { name: /Check for details that could identify someone/ }, SAVED)
    ).closest('.nhsuk-card') as HTMLElement;
    const links = within(warning)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Evidence notes for Self-Monitoring looks like it holds an NHS number and a date of birth', '#item-1-evidence'],
      ['Strengths looks like it holds a postcode next to a name', '#strengths'],
    ]);
    // Said at the fields too.
    expect(screen.getByRole('textbox', { name: 'Strengths (optional)' })).toHaveAccessibleDescription(
      /Strengths looks like it holds a postcode next to a name/,
    );
    // An autosave's warning does not take focus from where the supervisor is typing; the status says it.
    expect(warning).not.toHaveFocus();
    expect(screen.getByText(/^Your latest changes are not saved: some text looks like/)).toHaveAttribute(
      'role',
      'status',
    );
    // Saving waits: nothing more is sent until the text is edited or confirmed, and Continue
    // cannot go on; it moves focus to the warning instead.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(warning).toHaveFocus());
    expect(calls(all, 'PUT', OBSERVATION_URL)).toHaveLength(1);
    expect(screen.getByTestId('address')).toHaveTextContent(new RegExp(`^/observations/${OBSERVATION_ID}$`));

    fireEvent.click(within(warning).getByRole('button', { name: 'Save the text as it is' }));
    await waitFor(() => expect(calls(all, 'PUT', OBSERVATION_URL)).toHaveLength(2));
    expect(calls(all, 'PUT', OBSERVATION_URL)[1].body).toEqual({
      revision: 3,
      items: [
        {
          itemId: SELF_MONITORING,
          score: null,
          notObserved: true,
          evidenceNotes: 'Seen with 943 476 5919, born 12/03/1956',
        },
      ],
      strengths: 'Mrs Jones at BA1 1AA',
      confirmPossibleIdentifiers: true,
    });
    expect(await screen.findByText(/^Saved at \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: /Check for details that could identify someone/ }),
    ).not.toBeInTheDocument();
  });

  it('shows an error summary and field errors for what stops a sign-off, and goes on to check your answers when all is done', async () => {
    let current = draft({ observedOn: '2026-03-02' });
    renderApp(
      `/observations/${OBSERVATION_ID}`,
      observationRoutes(() => current, {
        [`PUT ${OBSERVATION_URL}`]: (call) => {
          current = applySave(current, call.body as Record<string, unknown>);
          return { body: current };
        },
      }),
    );
    await scoringForm();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = (await screen.findByRole('heading', { name: 'There is a problem' })).closest(
      '.nhsuk-error-summary',
    ) as HTMLElement;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      [`Select a score for ${SCSE_NAME}, or select not observed`, '#item-0-score-0'],
      ['Select a score for Self-Monitoring, or select not observed', '#item-1-score-0'],
      ['Confirm that the person whose session you observed agreed to the observation', '#consent'],
    ]);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(document.title).toBe('Error: Score the observation of Alex Morgan – Ladder');
    expect(screen.getByRole('group', { name: SCSE_NAME })).toHaveAccessibleDescription(
      new RegExp(`Select a score for ${SCSE_NAME}`),
    );

    fireEvent.click(screen.getByRole('radio', { name: SCSE_3 }));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Self-Monitoring' })).getByRole('radio', { name: /^Not observed/ }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /agreed to the observation/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your answers before signing off' }),
    ).toBeInTheDocument();
    expect(current.consentConfirmed).toBe(true);
    expect(current.items.map((stored) => [stored.score, stored.notObserved])).toEqual([
      [3, false],
      [null, true],
    ]);
  });

  it('shows the worker the plan and the pre-observation guidance, with no scores to change', async () => {
    renderApp(`/observations/${OBSERVATION_ID}`, { ...observationRoutes(() => draft()), ...signedInAs(ALEX_ME) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Planned observation' })).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    const guidance = screen.getByRole('region', { name: 'Before the observation' });
    expect(within(guidance).getByText('What will be observed')).toBeInTheDocument();
    expect(within(guidance).getByText('How scoring works')).toBeInTheDocument();
    expect(within(guidance).getByText('Consent of the person being supported')).toBeInTheDocument();
    expect(
      within(guidance).getByText(/Facilitators should support individuals to break down goals/),
    ).toBeInTheDocument();
    expect(within(guidance).getByText(/^what the meetings would involve/)).toBeInTheDocument();
  });
});

describe('check your answers and sign-off (/observations/:id/check)', () => {
  it('lists every score and text, each with a Change link back to its field', async () => {
    renderApp(
      `/observations/${OBSERVATION_ID}/check`,
      observationRoutes(() => readyDraft()),
    );
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before signing off' });

    const rows = screen
      .getAllByRole('term')
      .map((term) => [
        term.textContent,
        term.nextElementSibling?.textContent,
        term.parentElement?.querySelector('a')?.getAttribute('href'),
      ]);
    const at = (anchor: string) => `/observations/${OBSERVATION_ID}#${anchor}`;
    expect(rows).toEqual([
      ['Date', '2 March 2026', at('observed-on-day')],
      ['Setting', 'Face to face', at('setting-face-to-face')],
      ['Framework', expect.stringContaining('Somerset'), undefined],
      ['Observation sheet', 'Standard observation', undefined],
      [SCSE_NAME, '3 CompetentEvidence notes: Broke the goal into weekly steps.', at('item-0')],
      ['Self-Monitoring', 'Not observed', at('item-1')],
      ['Strengths', 'Clear feedback.', at('strengths')],
      ['Areas for development', 'Check understanding.', at('development-areas')],
      ['Agreed actions', 'Use scaling questions.', at('agreed-actions')],
      ['Consent', 'The person whose session was observed agreed to the observation', at('consent')],
    ]);
    expect(screen.getByRole('link', { name: `Change the score for ${SCSE_NAME}` })).toBeInTheDocument();
  });

  it('sends the same idempotency key when Sign off is clicked twice, then shows the signed-off observation', async () => {
    let current = readyDraft();
    const { calls: all } = renderApp(
      `/observations/${OBSERVATION_ID}/check`,
      observationRoutes(() => current, {
        [`POST ${OBSERVATION_URL}/sign-off`]: () => {
          current = signedOff();
          return { body: current };
        },
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before signing off' });
    const button = screen.getByRole('button', { name: 'Sign off' });
    fireEvent.click(button);
    fireEvent.click(button);

    expect(await screen.findByRole('heading', { level: 1, name: 'Observation on 2 March 2026' })).toBeInTheDocument();
    const signOffs = calls(all, 'POST', `${OBSERVATION_URL}/sign-off`);
    expect(signOffs).toHaveLength(2);
    const [first, second] = signOffs.map((call) => call.body as { revision: number; idempotencyKey: string });
    expect(first.revision).toBe(3);
    expect(first.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).toEqual(first);
    expect(screen.getByText('Observation signed off')).toBeInTheDocument();
    expect(screen.getByText(/Signed off by Dr Tom Hughes on 2 March 2026 at/)).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByTestId('address')).toHaveTextContent(new RegExp(`^/observations/${OBSERVATION_ID}$`));
  });

  it('links the API’s not-ready reasons back to the scoring page', async () => {
    renderApp(
      `/observations/${OBSERVATION_ID}/check`,
      observationRoutes(() => readyDraft(), {
        [`POST ${OBSERVATION_URL}/sign-off`]: {
          status: 400,
          body: {
            statusCode: 400,
            message: 'This observation is not ready to sign off',
            errors: [`items.1.score: ${SELF_MONITORING} needs a score from 0 to 5, or marking as not observed`],
          },
        },
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before signing off' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off' }));
    const link = await screen.findByRole('link', {
      name: 'Select a score for Self-Monitoring, or select not observed',
    });
    expect(link).toHaveAttribute('href', `/observations/${OBSERVATION_ID}#item-1-score-0`);
  });
});

describe('a signed-off observation', () => {
  it('is read-only for the worker, who acknowledges it with a comment', async () => {
    let current = signedOff();
    const { calls: all } = renderApp(`/observations/${OBSERVATION_ID}`, {
      ...observationRoutes(() => current),
      ...signedInAs(ALEX_ME),
      [`POST ${OBSERVATION_URL}/acknowledgement`]: (call) => {
        current = signedOff({
          acknowledgement: {
            acknowledgedAt: '2026-03-03T09:00:00.000Z',
            comment: String((call.body as { comment: string }).comment),
          },
        });
        return { body: current };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Observation on 2 March 2026' });
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'Amend this observation' })).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your comment (optional)' }), {
      target: { value: 'Thank you, that helped.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge observation' }));

    expect(await screen.findByText('Observation acknowledged')).toBeInTheDocument();
    expect(await screen.findByText(/You acknowledged this observation on 3 March 2026/)).toBeInTheDocument();
    expect(calls(all, 'POST', `${OBSERVATION_URL}/acknowledgement`)[0].body).toEqual({
      comment: 'Thank you, that helped.',
    });
  });

  it('offers a supervisor an amendment, which needs a reason and is sent with its idempotency key', async () => {
    const amendedId = '0b5e7a1c-1d2e-4f30-8a41-5b6c7d8e9f02';
    const { calls: all } = renderApp(`/observations/${OBSERVATION_ID}`, {
      ...observationRoutes(() => signedOff()),
      [`POST ${OBSERVATION_URL}/amendments`]: () => ({ body: signedOff({ id: amendedId }) }),
      [`GET /api/observations/${amendedId}`]: {
        body: signedOff({
          id: amendedId,
          items: [item(SCSE, { score: 4 }), item(SELF_MONITORING, { notObserved: true })],
          amends: { observationId: OBSERVATION_ID, reason: 'Score entered as 3; agreed 4.' },
          history: [
            { id: OBSERVATION_ID, signedOffAt: '2026-03-02T14:05:00.000Z', reason: null },
            { id: amendedId, signedOffAt: '2026-03-04T10:00:00.000Z', reason: 'Score entered as 3; agreed 4.' },
          ],
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Observation on 2 March 2026' });
    fireEvent.click(screen.getByRole('link', { name: 'Amend this observation' }));
    await screen.findByRole('heading', { level: 1, name: 'Amend the observation' });

    fireEvent.click(screen.getByRole('button', { name: 'Save and sign off the amendment' }));
    expect(await screen.findByRole('link', { name: 'Enter why you are amending the observation' })).toHaveAttribute(
      'href',
      '#reason',
    );
    expect(calls(all, 'POST', `${OBSERVATION_URL}/amendments`)).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Why are you amending it?' }), {
      target: { value: 'Score entered as 3; agreed 4.' },
    });
    fireEvent.click(
      screen.getByRole('radio', { name: /^4 Proficient — Numerous and appropriate attempts to support/ }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save and sign off the amendment' }));

    expect(await screen.findByText('Amendment signed off')).toBeInTheDocument();
    const [amendment] = calls(all, 'POST', `${OBSERVATION_URL}/amendments`);
    expect(amendment.body).toEqual({
      reason: 'Score entered as 3; agreed 4.',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      items: [{ itemId: SCSE, score: 4, notObserved: false, evidenceNotes: 'Broke the goal into weekly steps.' }],
    });
    const history = await screen.findByRole('region', { name: 'History' });
    expect(within(history).getByRole('link', { name: /^Original, signed off 2 March 2026/ })).toHaveAttribute(
      'href',
      `/observations/${OBSERVATION_ID}`,
    );
    expect(
      within(history).getByText(/Amendment 1, signed off 4 March 2026 at .* \(this version\)/),
    ).toBeInTheDocument();
    expect(within(history).getByText('Reason: Score entered as 3; agreed 4.')).toBeInTheDocument();
  });
});

describe('planning an observation (/observations/new)', () => {
  it('ticks the proposed competencies, shows the guidance, and creates the draft', async () => {
    const { calls: all } = renderApp(`/observations/new?workerId=${ALEX.id}`, {
      ...signedInAs(TOM),
      ...FRAMEWORK_ROUTES,
      ...PLAN_ROUTE,
      'POST /api/observations': { status: 201, body: draft() },
      [`GET ${OBSERVATION_URL}`]: { body: draft() },
    });
    await screen.findByRole('heading', { level: 1, name: 'Plan an observation' });
    await screen.findByRole('checkbox', { name: /^Self-Monitoring/ });
    const ticked = screen
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.getAttribute('value'));
    expect(ticked).toEqual([PROMOTING_AUTONOMY, SCSE, SELF_MONITORING]);
    expect(screen.getByRole('group', { name: 'Level 2 Capabilities' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Before the observation' })).toHaveTextContent(
      /Competence and self-efficacy is essential/,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Plan observation' }));
    expect(await screen.findByRole('link', { name: 'Select the setting of the session' })).toHaveAttribute(
      'href',
      '#setting-face-to-face',
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Home visit' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Promoting Autonomy/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan observation' }));
    await screen.findByRole('heading', { level: 1, name: 'Score the observation' });
    const [created] = calls(all, 'POST', '/api/observations');
    expect(created.body).toEqual({
      workerId: ALEX.id,
      observedOn: new Date().toISOString().slice(0, 10),
      setting: 'home-visit',
      frameworkKey: 'somerset',
      frameworkVersion: '2021.1',
      variant: 'standard',
      itemIds: [SCSE, SELF_MONITORING],
      // One key per planning form, so a repeated request plans the observation once.
      idempotencyKey: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
  });

  it('offers NHS England’s area 3 only on the community development sheet', async () => {
    renderApp(`/observations/new?workerId=${ALEX.id}`, { ...signedInAs(TOM), ...FRAMEWORK_ROUTES, ...PLAN_ROUTE });
    await screen.findByRole('heading', { level: 1, name: 'Plan an observation' });
    fireEvent.click(await screen.findByRole('radio', { name: /^Workforce development framework/ }));
    fireEvent.click(await screen.findByRole('radio', { name: /^Community development observation/ }));
    await waitFor(() => expect(screen.getAllByRole('group', { name: /^\d\. / })).toHaveLength(1));
    expect(
      screen.getByRole('group', { name: /^3\. Competencies to enable community development/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(true);
  });
});

describe('the supervisor’s home page', () => {
  it('shows each supervisee’s level and last observation, flags who is due or overdue in words, and links to plan and progress', async () => {
    renderApp('/', {
      ...signedInAs(TOM),
      'GET /api/supervisees/overview': {
        body: [
          {
            workerId: ALEX.id,
            fullName: 'Alex Morgan',
            jobTitle: 'Social Prescribing Link Worker',
            level: { key: 'level-1', name: 'Level 1' },
            lastObservedOn: '2025-01-10',
            due: 'overdue',
          },
          {
            workerId: SAM_ID,
            fullName: 'Sam Patel',
            jobTitle: null,
            level: { key: 'core', name: 'Core' },
            lastObservedOn: '2025-12-01',
            due: 'due-soon',
          },
          {
            workerId: '7d3f3c2e-0000-4000-8000-000000000303',
            fullName: 'Jo Evans',
            jobTitle: null,
            level: { key: 'entry', name: 'Entry' },
            lastObservedOn: null,
            due: 'overdue',
          },
        ],
      },
    });
    const table = await screen.findByRole('table', { name: /The people you supervise/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.querySelector('span:not([aria-hidden])')?.textContent),
    );
    expect(cells).toEqual([
      ['Level 1', '10 January 2025', 'Overdue', 'Plan an observation of Alex Morgan'],
      ['Core', '1 December 2025', 'Due soon', 'Plan an observation of Sam Patel'],
      ['Entry', 'None signed off', 'Overdue', 'Plan an observation of Jo Evans'],
    ]);
    const overdue = within(rows[0]).getByText('Overdue');
    expect(overdue).toHaveClass('nhsuk-tag', 'nhsuk-tag--red');
    expect(within(rows[1]).getByText('Due soon')).toHaveClass('nhsuk-tag--orange');
    expect(within(rows[0]).getByRole('link', { name: 'Plan an observation of Alex Morgan' })).toHaveAttribute(
      'href',
      `/observations/new?workerId=${ALEX.id}`,
    );
    expect(within(rows[0]).getByRole('link', { name: 'Alex Morgan' })).toHaveAttribute(
      'href',
      `/people/${ALEX.id}/progression`,
    );
    // The greeting and next steps are still there.
    expect(screen.getByRole('heading', { level: 1, name: 'Hello, Dr Tom Hughes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the people you supervise' })).toBeInTheDocument();
  });
});
