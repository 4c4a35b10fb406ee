// @vitest-environment jsdom
// The profile form: inline messages for invalid values (never saved), valid changes saved as typed.
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAssessment } from '../../src/db/assessments-repo';
import { ProfilePage } from '../../src/features/profile/profile-page';
import { newTestAssessment, renderScreen, resetDatabase } from './assessment-harness';

// The form is large and the test machine is shared: give slow renders room rather than fail on timing.
configure({ asyncUtilTimeout: 8000 });

const routes = [{ path: 'profile', Component: ProfilePage }];
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function openProfile() {
  const id = await newTestAssessment();
  renderScreen(`/a/${id}/profile`, routes);
  await screen.findByText('Company and device profile');
  return id;
}

function expectInlineError(input: HTMLElement, message: RegExp) {
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const errorIds = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((i) => i.endsWith('-error'));
  expect(errorIds).toHaveLength(1);
  expect(document.getElementById(errorIds[0]!)?.textContent).toMatch(message);
}

beforeEach(resetDatabase);
afterEach(() => cleanup());

describe('profile form', { timeout: 40_000 }, () => {
  it('shows an inline message for an empty company name and does not save it', async () => {
    const id = await openProfile();
    const name = screen.getByLabelText('Company name');
    fireEvent.change(name, { target: { value: '   ' } });
    await waitFor(() => expectInlineError(name, /Enter the company name/));
    fireEvent.blur(name);
    await sleep(600);
    expect((await getAssessment(id))?.profile.companyName).toBe('Test Medical');
  });

  it('refuses 0 device families with a message, but still saves the valid change made next to it', async () => {
    const id = await openProfile();
    const families = screen.getByLabelText('Number of device families');
    fireEvent.change(families, { target: { value: '0' } });
    await waitFor(() => expectInlineError(families, /At least one device family/));
    fireEvent.click(screen.getByLabelText('Sterile'));
    await waitFor(async () => expect((await getAssessment(id))?.profile.sterile).toBe(true));
    expect((await getAssessment(id))?.profile.deviceFamilies).toBe(1);
    // An empty number field is refused in words, not with the schema's "expected number, received NaN".
    fireEvent.change(families, { target: { value: '' } });
    await waitFor(() => expectInlineError(families, /Enter a whole number/));
  });

  it('saves valid changes to the database as the user edits', async () => {
    const id = await openProfile();
    const name = screen.getByLabelText('Company name');
    fireEvent.change(name, { target: { value: 'Lumen Diagnostics' } });
    fireEvent.click(screen.getByLabelText('Class IIb'));
    fireEvent.change(screen.getByLabelText('Number of technical files'), { target: { value: '3' } });
    fireEvent.click(screen.getByLabelText('Legacy device'));
    await waitFor(async () =>
      expect((await getAssessment(id))?.profile).toMatchObject({
        companyName: 'Lumen Diagnostics',
        deviceClasses: ['I', 'IIb'],
        technicalFiles: 3,
        transition: 'legacy',
      }),
    );
    expect(name.getAttribute('aria-invalid')).toBe('false');
    // Choosing "legacy" brings up the conditions of Regulation (EU) 2023/607.
    expect(screen.getByLabelText('MDR quality system in place by 26 May 2024')).toBeTruthy();
  });

  it('saves the assessment title and assessor', async () => {
    const id = await openProfile();
    fireEvent.change(screen.getByLabelText('Assessment title (optional)'), { target: { value: '2027 review' } });
    fireEvent.change(screen.getByLabelText('Assessor (optional)'), { target: { value: 'Claire Weber' } });
    await waitFor(async () => expect(await getAssessment(id)).toMatchObject({ title: '2027 review', assessor: 'Claire Weber' }));
  });
});
