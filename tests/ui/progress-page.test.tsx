// @vitest-environment jsdom
// The Progress screen and the coaching view: snapshots, what changed since one (hand-worked figures),
// the action-plan CSV, and adviser notes kept off the shared screen until shown.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { rawKeys } from '../translation-checks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { listSnapshots, takeSnapshot } from '../../src/db/snapshots-repo';
import { CoachPage } from '../../src/features/coach/coach-page';
import { ProgressPage } from '../../src/features/progress/progress-page';
import { changeLanguage } from '../../src/i18n/i18n';
import { newTestAssessment, renderScreen, resetDatabase, savedAnswer } from './assessment-harness';

const routes = [
  { path: 'progress', Component: ProgressPage },
  { path: 'coach/:areaId', Component: CoachPage },
];

beforeEach(async () => {
  await resetDatabase();
  await db.snapshots.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// Test rule set: first.one critical (3), first.two major (2), first.three minor (1), second.one major (2).
const sessionOne = [
  { itemId: 'first.one', status: 'not_met' as const, note: 'No PRRC yet' },
  { itemId: 'first.two', status: 'not_met' as const, note: '=1+1', adviserNote: 'Suggest the cluster grant' },
  { itemId: 'second.one', status: 'met' as const },
];

describe('progress', () => {
  it('starts with an explanation and takes a snapshot named after today’s session', async () => {
    const id = await newTestAssessment(sessionOne);
    renderScreen(`/a/${id}/progress`, routes);
    await screen.findByRole('heading', { name: 'No snapshot yet' });
    const name = screen.getByLabelText('Name of the snapshot') as HTMLInputElement;
    expect(name.value).toMatch(/^Session \d{1,2} \w{3} \d{4}$/);
    fireEvent.click(screen.getByRole('button', { name: 'Take a snapshot' }));
    await screen.findByRole('heading', { name: `Since “${name.value}”` });
    expect(screen.getByText('Nothing has changed since this snapshot.')).toBeTruthy();
    expect((await listSnapshots(id)).map((s) => s.name)).toEqual([name.value]);
  });

  it('shows readiness then and now, the gap closed and the area change, worked out by hand', async () => {
    const id = await newTestAssessment(sessionOne);
    await takeSnapshot(id, 'Kick-off');
    await saveAnswer(id, 'first.one', { status: 'met' });
    renderScreen(`/a/${id}/progress`, routes);
    await screen.findByRole('heading', { name: 'Since “Kick-off”' });
    // Then: only second.one met, 2 / (3 + 2 + 2) = 29%. Now first.one met too: 5 / 7 = 71%; +43 points.
    await waitFor(() => expect(screen.getByTestId('readiness-then-now').textContent).toBe('29%→ to 71%'));
    expect(screen.getByText('+43 points')).toBeTruthy();
    expect(screen.getByTestId('gaps-closed').textContent).toBe('1');
    expect(screen.getByTestId('gaps-opened').textContent).toBe('0');
    const closed = screen.getByTestId('changes-closed');
    expect(within(closed).getByText('Question one is met.')).toBeTruthy();
    // First area: then 0 / 5 answered weight = 0%, now 3 / 5 = 60%; second area unchanged at 100%.
    const first = screen.getByRole('row', { name: /First area/ });
    expect(within(first).getByText('0%')).toBeTruthy();
    expect(within(first).getByText('60%')).toBeTruthy();
    expect(within(first).getByText('+60 points')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Second area/ })).getByText('0 points')).toBeTruthy();
    // One gap left: first.two.
    expect(screen.getByText(/1 gap is still open/)).toBeTruthy();
  });

  it('keeps comparing with the earlier snapshot when a new one is taken, and renames and deletes', async () => {
    const id = await newTestAssessment(sessionOne);
    await takeSnapshot(id, 'January', '2027-01-10T09:00:00.000Z');
    await saveAnswer(id, 'first.one', { status: 'met' });
    const { router } = renderScreen(`/a/${id}/progress`, routes);
    await screen.findByRole('heading', { name: 'Since “January”' });
    fireEvent.change(screen.getByLabelText('Name of the snapshot'), { target: { value: 'March' } });
    fireEvent.click(screen.getByRole('button', { name: 'Take a snapshot' }));
    await screen.findByText('Snapshot “March” taken.');
    await waitFor(() => expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('snapshot-entry'))).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'Since “January”' })).toBeTruthy();
    expect(screen.getByTestId('gaps-closed').textContent).toBe('1');

    fireEvent.click(screen.getByRole('button', { name: 'Compare with “March”' }));
    await screen.findByRole('heading', { name: 'Since “March”' });
    expect(router.state.location.search).toMatch(/^\?since=/);

    fireEvent.click(screen.getByRole('button', { name: 'Rename “January”' }));
    const rename = screen.getByLabelText('New name for “January”');
    fireEvent.change(rename, { target: { value: 'Kick-off' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Kick-off');
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Kick-off”' }));
    fireEvent.click(within(screen.getByRole('group', { name: /Delete “Kick-off”/ })).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await listSnapshots(id)).map((s) => s.name)).toEqual(['March']));
  });

  it('exports the action plan as CSV with a BOM and the formula-like note neutralised', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:plan';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const id = await newTestAssessment(sessionOne);
    renderScreen(`/a/${id}/progress`, routes);
    fireEvent.click(await screen.findByRole('button', { name: /Export action plan \(CSV\)/ }));
    await screen.findByText('Action plan downloaded: 2 gaps with owners, due dates and costs.');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // jsdom's Blob has no arrayBuffer(); FileReader reads the bytes the browser would save.
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]!);
    });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=1+1"`);
    expect(text).not.toContain('cluster grant');
  });
});


describe('progress in French and German', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  async function kickOffThenOneClosed() {
    const id = await newTestAssessment(sessionOne);
    // Three days ago, so the comparison says how long ago it was taken.
    await takeSnapshot(id, 'Kick-off', new Date(Date.now() - 3 * 86_400_000).toISOString());
    await saveAnswer(id, 'first.one', { status: 'met' });
    renderScreen(`/a/${id}/progress`, routes);
    return id;
  }

  it('shows what changed since a snapshot in French, with French numbers and money', async () => {
    await changeLanguage('fr');
    await kickOffThenOneClosed();
    await screen.findByRole('heading', { name: /^Depuis «.Kick-off.»$/ });
    await waitFor(() => expect(screen.getByTestId('readiness-then-now').textContent).toBe('29\u00a0%→ à 71\u00a0%'));
    expect(screen.getByText('+43 points')).toBeTruthy();
    expect(screen.getByText('Écarts comblés')).toBeTruthy();
    // Statuses come from the common catalog; the question stays in the assessment's language.
    const closed = screen.getByTestId('changes-closed');
    expect(within(closed).getByText('Question one is met.')).toBeTruthy();
    expect(within(closed).getByText('Non satisfait')).toBeTruthy();
    expect(within(closed).getByText('Satisfait')).toBeTruthy();
    const first = screen.getByRole('row', { name: /First area/ });
    expect(within(first).getByText('+60 points')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Second area/ })).getByText('0 point')).toBeTruthy();
    // The cost table: then and now in euros written the French way ("4 100 €": narrow no-break space, no-break space before €).
    const oneOff = screen.getByRole('row', { name: /^Ponctuel/ });
    const cells = within(oneOff).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual([expect.stringMatching(/^\d{1,3}(\u202f\d{3})*\u00a0€$/), expect.stringMatching(/^\d{1,3}(\u202f\d{3})*\u00a0€$/)]);
    expect(cells[2]).toMatch(/^-\d{1,3}(\u202f\d{3})*\u00a0€$|^−\d{1,3}(\u202f\d{3})*\u00a0€$/);
    expect(screen.getByRole('columnheader', { name: 'Périodicité' })).toBeTruthy();
    expect(screen.getByText(/^1 écart reste ouvert, estimé à .* en coût ponctuel \(P50\)\.$/)).toBeTruthy();
    expect(screen.getByText(/^Enregistré le \d{1,2} \S+ \d{4}, il y a 3 jours · Les deux côtés utilisent le référentiel actuel \(version 1\.0\.0\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Renommer «\u00a0Kick-off\u00a0»' })).toBeTruthy();
    expect(screen.getByText(/· 3 réponses$/)).toBeTruthy();
    expect(rawKeys()).toEqual([]);
    const text = document.body.textContent ?? '';
    for (const english of ['Gaps closed', 'What changed', 'Snapshots', 'Then', 'Not met']) expect(text).not.toContain(english);
  });

  it('shows the comparison and the snapshot list in German', async () => {
    await changeLanguage('de');
    await kickOffThenOneClosed();
    await screen.findByRole('heading', { name: 'Seit „Kick-off“' });
    await waitFor(() => expect(screen.getByTestId('readiness-then-now').textContent).toBe('29\u00a0%→ auf 71\u00a0%'));
    expect(screen.getByText('+43 Punkte')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Second area/ })).getByText('0 Punkte')).toBeTruthy();
    expect(within(screen.getByTestId('changes-closed')).getByText('Erfüllt')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Zwischenstände' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zwischenstand festhalten' })).toBeTruthy();
    expect(screen.getByText(/^Festgehalten am \d{1,2}\. \S+ \d{4}, vor 3 Tagen · /)).toBeTruthy();
    expect(screen.getByText(/^1 Lücke ist noch offen, geschätzt auf .*€ einmalig \(P50\)\.$/)).toBeTruthy();
    expect(rawKeys()).toEqual([]);
  });
});

describe('coaching view', () => {
  it('hides the adviser’s note until shown, answers with big buttons and moves to the next area', async () => {
    const id = await newTestAssessment(sessionOne);
    renderScreen(`/a/${id}/coach/first`, routes);
    await screen.findByRole('heading', { name: 'First area', level: 2 });
    expect(screen.getByText('No PRRC yet')).toBeTruthy();
    expect(screen.queryByText('Suggest the cluster grant')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Adviser notes (1)' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Suggest the cluster grant')).toBeTruthy();

    const three = screen.getByRole('radiogroup', { name: 'Question three is met.' });
    fireEvent.click(within(three).getByRole('radio', { name: /Partly met/ }));
    await waitFor(async () => expect((await savedAnswer(id, 'first.three'))?.status).toBe('partial'));
    await waitFor(() => expect(within(three).getByRole('radio', { name: /Partly met/ }).getAttribute('aria-checked')).toBe('true'));

    fireEvent.click(screen.getByRole('link', { name: /Next area/ }));
    await screen.findByRole('heading', { name: 'Second area', level: 2 });
    // The choice to show adviser notes lasts for the meeting.
    expect(screen.getByRole('button', { name: 'Adviser notes (0)' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('There is no adviser note in this area.')).toBeTruthy();
  });
});
