// @vitest-environment jsdom
// First run and trust: the data notice until dismissed, the backup reminder driven by a moved clock, and Back up now.
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppNotices } from '../../src/components/app-notices';
import { backupSnoozeKey } from '../../src/components/backup-reminder';
import { dataNoticeKey } from '../../src/components/data-notice';
import { listAssessments, saveAnswer } from '../../src/db/assessments-repo';
import { saveSettings } from '../../src/db/settings-repo';
import { defaultSettings } from '../../src/domain/settings';
import { resetClock, setClock } from '../../src/stores/clock';
import { newTestAssessment, resetDatabase } from './assessment-harness';

configure({ asyncUtilTimeout: 8000 });

const day = 86_400_000;

function renderNotices() {
  const router = createMemoryRouter([{ path: '*', element: <AppNotices /> }], { initialEntries: ['/'] });
  return render(<RouterProvider router={router} />);
}

/** Move the app's clock to `days` after the real now. */
function moveClock(days: number) {
  const at = Date.now() + days * day;
  act(() => setClock(() => at));
}

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
  resetClock();
  // jsdom has no blob URLs; the download itself is Chromium's business (see tests/e2e/first-run.e2e.ts).
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  resetClock();
  vi.restoreAllMocks();
});

describe('where the data lives', () => {
  it('shows the notice until it is dismissed, and not again afterwards', async () => {
    const first = renderNotices();
    await screen.findByRole('heading', { name: 'Your work stays on this device' });
    expect(screen.getByText(/nothing is sent anywhere/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('heading', { name: 'Your work stays on this device' })).toBeNull();
    expect(localStorage.getItem(dataNoticeKey)).toMatch(/^\d{4}-\d\d-\d\d/);
    first.unmount();

    renderNotices();
    // Settings load through a live query; give the screen a moment, then check the notice stayed away.
    await waitFor(() => expect(document.querySelector('.app-notices')).not.toBeNull());
    expect(screen.queryByRole('heading', { name: 'Your work stays on this device' })).toBeNull();
  });
});

describe('backup reminder', () => {
  beforeEach(() => localStorage.setItem(dataNoticeKey, 'dismissed'));

  it('appears only once unbacked work is older than the chosen days, and Back up now clears it', async () => {
    const id = await newTestAssessment();
    await saveAnswer(id, 'first.one', { status: 'met' });
    renderNotices();
    moveClock(8);
    await screen.findByRole('heading', { name: 'Time for a backup' });
    expect(screen.getByText(/One assessment has changes that are in no backup file yet\. You have not made a backup so far\./)).toBeTruthy();
    // Six days after the work: not yet.
    moveClock(6);
    expect(screen.queryByRole('heading', { name: 'Time for a backup' })).toBeNull();
    moveClock(8);

    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await screen.findByText(/Backed up one assessment to mdr-readiness-backup-\d{4}-\d\d-\d\d\.json/);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Time for a backup' })).toBeNull());
    const [row] = await listAssessments();
    expect(row!.lastExportedAt).toBeTruthy();
    const download = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts[0] as HTMLAnchorElement;
    expect(download.download).toMatch(/^mdr-readiness-backup-.*\.json$/);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('waits a day after "Remind me tomorrow", then comes back', async () => {
    await newTestAssessment();
    renderNotices();
    moveClock(10);
    fireEvent.click(await screen.findByRole('button', { name: 'Remind me tomorrow' }));
    expect(screen.queryByRole('heading', { name: 'Time for a backup' })).toBeNull();
    expect(Number(localStorage.getItem(backupSnoozeKey))).toBeGreaterThan(Date.now() + 10 * day);

    moveClock(10.5);
    expect(screen.queryByRole('heading', { name: 'Time for a backup' })).toBeNull();
    moveClock(11.1);
    await screen.findByRole('heading', { name: 'Time for a backup' });
  });

  it('follows the setting: a longer wait, or never', async () => {
    await newTestAssessment();
    await saveSettings({ ...defaultSettings, backupReminderDays: 30 });
    renderNotices();
    moveClock(31);
    await screen.findByRole('heading', { name: 'Time for a backup' });
    moveClock(20);
    expect(screen.queryByRole('heading', { name: 'Time for a backup' })).toBeNull();
    moveClock(31);
    await screen.findByRole('heading', { name: 'Time for a backup' });

    await act(() => saveSettings({ ...defaultSettings, backupReminderDays: 0 }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Time for a backup' })).toBeNull());
  });
});
