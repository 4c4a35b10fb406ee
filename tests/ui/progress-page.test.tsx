// @vitest-environment jsdom
// The Progress screen and the coaching view: snapshots, what changed since one (hand-worked figures),
// the action-plan CSV, and adviser notes kept off the shared screen until shown.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { listSnapshots, takeSnapshot } from '../../src/db/snapshots-repo';
import { CoachPage } from '../../src/features/coach/coach-page';
import { ProgressPage } from '../../src/features/progress/progress-page';
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
