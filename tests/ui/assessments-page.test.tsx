// @vitest-environment jsdom
// The assessments list: a bad import file is refused with a clear message and changes nothing.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAssessmentFile, createAssessment, listAssessments } from '../../src/db/assessments-repo';
import { AssessmentsPage } from '../../src/features/assessments/assessments-page';
import { bundledRuleSet } from '../../src/hooks/use-rule-set';
import { resetDatabase } from './assessment-harness';

configure({ asyncUtilTimeout: 8000 });

const loaded = bundledRuleSet();
if (!loaded.ok) throw new Error(loaded.error);
const ruleSetRef = { id: loaded.ruleSet.id, version: loaded.ruleSet.version };

async function openList(companies: string[]) {
  for (const companyName of companies) await createAssessment({ profile: { companyName }, ruleSet: ruleSetRef });
  const router = createMemoryRouter([{ path: '/', Component: AssessmentsPage }, { path: '*', element: <p>elsewhere</p> }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
  if (companies.length > 0) await screen.findByText(`${companies.length} ${companies.length === 1 ? 'assessment' : 'assessments'} saved in this browser`);
  else await screen.findByText('Start an assessment');
}

function listedNames(): string[] {
  const list = screen.getByRole('list', { name: 'Saved assessments' });
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '');
}

function chooseFile(name: string, content: string) {
  const input = screen.getByLabelText('Import an assessment or backup file');
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
}

beforeEach(resetDatabase);
afterEach(() => cleanup());

describe('importing on the assessments screen', { timeout: 40_000 }, () => {
  it('shows why a malformed file was refused and leaves the list unchanged', async () => {
    await openList(['Lumen Diagnostics', 'Orthalux']);
    const before = listedNames();
    chooseFile('broken.json', '{"format": "mdr-readiness/assessment", "version": 1, "assessment": {');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not import “broken\.json”/);
    expect(alert.textContent).toMatch(/not valid JSON/);
    expect(alert.textContent).toMatch(/Nothing was changed/);
    expect(listedNames()).toEqual(before);
    expect(await listAssessments()).toHaveLength(2);
  });

  it('refuses a file made for another rule set, naming it', async () => {
    await openList(['Lumen Diagnostics']);
    const [row] = await listAssessments();
    const file = (await buildAssessmentFile(row!.id))!;
    file.assessment.ruleSet = { id: 'ivdr-2017-746', version: '1.0.0' };
    file.assessment.id = 'from-elsewhere';
    chooseFile('ivdr.json', JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/rule set "ivdr-2017-746"/);
    expect(await listAssessments()).toHaveLength(1);
  });

  it('imports a valid file next to the existing assessment (as a copy when its id is taken)', async () => {
    await openList(['Lumen Diagnostics']);
    const [row] = await listAssessments();
    const file = (await buildAssessmentFile(row!.id))!;
    chooseFile('lumen.json', JSON.stringify(file));
    await screen.findByText(/Imported 1 assessment from lumen\.json\. One was already here/);
    await waitFor(() => expect(listedNames()).toEqual(['Lumen Diagnostics', 'Lumen Diagnostics']));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deletes an assessment, and Undo brings it back unchanged', async () => {
    await openList(['Lumen Diagnostics', 'Orthalux']);
    const [orthalux] = (await listAssessments()).filter((r) => r.profile.companyName === 'Orthalux');
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Orthalux' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(listedNames()).toEqual(['Lumen Diagnostics']));
    expect(await listAssessments()).toHaveLength(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(listedNames().sort()).toEqual(['Lumen Diagnostics', 'Orthalux']));
    expect((await listAssessments()).find((r) => r.id === orthalux!.id)).toEqual(orthalux);
  });
});

describe('a long list', { timeout: 60_000 }, () => {
  it('shows the 50 most recent first, says how many there are, and shows more on request or by filtering', async () => {
    const companies = Array.from({ length: 57 }, (_, i) => `Client ${String(i + 1).padStart(2, '0')}`);
    await openList(companies);
    expect(listedNames()).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 57')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 7 more' }));
    await waitFor(() => expect(listedNames()).toHaveLength(57));
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
    // The filter searches all of them, not only the rows shown.
    fireEvent.change(screen.getByLabelText('Find an assessment'), { target: { value: 'Client 03' } });
    await waitFor(() => expect(listedNames()).toEqual([expect.stringContaining('Client 03')]));
  });
});
