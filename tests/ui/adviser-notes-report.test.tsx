// @vitest-environment jsdom
// The PDF report leaves the adviser's notes out unless the adviser asks for them on the summary.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SummaryPage } from '../../src/features/summary/summary-page';
import { newTestAssessment, renderScreen, resetDatabase } from './assessment-harness';

const { downloadReport } = vi.hoisted(() => ({ downloadReport: vi.fn() }));
vi.mock('../../src/report/download-report', () => ({ downloadReport }));

const routes = [{ path: 'summary', Component: SummaryPage }];

beforeEach(async () => {
  await resetDatabase();
  downloadReport.mockReset();
  downloadReport.mockResolvedValue(undefined);
});
afterEach(() => cleanup());

async function exportPdf(): Promise<{ includeAdviserNotes?: boolean }> {
  const button = screen.getByRole('button', { name: 'Export PDF report' });
  fireEvent.click(button);
  await waitFor(() => expect(downloadReport).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  return downloadReport.mock.calls[0]![1];
}

describe('adviser notes in the PDF report', () => {
  it('are left out by default and included when ticked', async () => {
    const id = await newTestAssessment([{ itemId: 'first.one', status: 'not_met', adviserNote: 'Suggest the cluster grant' }]);
    renderScreen(`/a/${id}/summary`, routes);
    const option = (await screen.findByLabelText('Include the adviser’s note (1) in the PDF')) as HTMLInputElement;
    expect(option.checked).toBe(false);
    expect((await exportPdf()).includeAdviserNotes).toBe(false);

    downloadReport.mockClear();
    fireEvent.click(option);
    expect((await exportPdf()).includeAdviserNotes).toBe(true);
  });

  it('are not offered when no item has an adviser note', async () => {
    const id = await newTestAssessment([{ itemId: 'first.one', status: 'not_met', note: 'The firm’s own note' }]);
    renderScreen(`/a/${id}/summary`, routes);
    await screen.findByRole('button', { name: 'Export PDF report' });
    expect(screen.queryByLabelText(/adviser’s note/)).toBeNull();
  });
});
