// @vitest-environment jsdom
// Starting an assessment: its checklist and report language is the interface language unless the user picks another.
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAssessments } from '../../src/db/assessments-repo';
import { AssessmentsPage } from '../../src/features/assessments/assessments-page';
import { resetDatabase } from './assessment-harness';

configure({ asyncUtilTimeout: 8000 });

async function startAssessment(companyName: string, language?: string) {
  const router = createMemoryRouter([{ path: '/', Component: AssessmentsPage }, { path: '*', element: <p>elsewhere</p> }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Start an assessment' }));
  const dialog = await screen.findByRole('dialog', { name: 'Start an assessment' });
  const choice = within(dialog).getByLabelText('Language of the checklist and report') as HTMLSelectElement;
  expect(choice.value).toBe('en');
  expect([...choice.options].map((o) => o.textContent)).toEqual(['English', 'Français', 'Deutsch']);
  if (language) fireEvent.change(choice, { target: { value: language } });
  fireEvent.change(within(dialog).getByLabelText('Company name'), { target: { value: companyName } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Continue to the profile →' }));
  await screen.findByText('elsewhere');
  return (await listAssessments()).find((a) => a.profile.companyName === companyName);
}

beforeEach(resetDatabase);
afterEach(cleanup);

describe('the language of a new assessment', () => {
  it('is the interface language by default', async () => {
    expect((await startAssessment('Lumen Diagnostics'))?.language).toBe('en');
  });

  it('is the one chosen in the dialog', async () => {
    expect((await startAssessment('Orthalux GmbH', 'de'))?.language).toBe('de');
  });

  it('asks for the company name before anything is saved', async () => {
    const router = createMemoryRouter([{ path: '/', Component: AssessmentsPage }], { initialEntries: ['/'] });
    render(<RouterProvider router={router} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start an assessment' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue to the profile →' }));
    expect(await within(dialog).findByText('⚠ Enter the company name')).toBeTruthy();
    expect(await listAssessments()).toEqual([]);
  });
});
