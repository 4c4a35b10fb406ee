// @vitest-environment jsdom
// The profile's device kinds: the new questions are asked and saved, class sub-types never contradict their trait, software has no body contact, and a class I legacy device is told it has no transition.
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAssessment } from '../../src/db/assessments-repo';
import { ProfilePage } from '../../src/features/profile/profile-page';
import { newTestAssessment, renderScreen, resetDatabase } from './assessment-harness';

configure({ asyncUtilTimeout: 8000 });

const routes = [{ path: 'profile', Component: ProfilePage }];

async function openProfile() {
  const id = await newTestAssessment();
  renderScreen(`/a/${id}/profile`, routes);
  await screen.findByText('Company and device profile');
  return id;
}

beforeEach(resetDatabase);
afterEach(() => cleanup());

describe('device kinds on the profile', { timeout: 40_000 }, () => {
  it('asks and saves Annex XVI, listed implants, drug-device products, medicine delivery, AI and body contact', async () => {
    const id = await openProfile();
    fireEvent.click(screen.getByLabelText('Product without a medical purpose (Annex XVI)'));
    fireEvent.click(screen.getByLabelText('Implants on the Art. 52(4) list'));
    fireEvent.click(screen.getByLabelText('Forms one product with a medicine'));
    fireEvent.click(screen.getByLabelText('Administers or removes a medicine (active)'));
    fireEvent.click(screen.getByLabelText('The software is an AI system'));
    fireEvent.click(screen.getByLabelText('Externally communicating'));
    await waitFor(async () =>
      expect((await getAssessment(id))?.profile).toMatchObject({
        annexXVI: true,
        wetImplant: true,
        drugDeviceCombination: true,
        deliversMedicinalProduct: true,
        aiSystem: true,
        bodyContact: 'externallyCommunicating',
      }),
    );
  });

  it('makes a sterile class I device class Is and says so (MDR Art. 52(7))', async () => {
    const id = await openProfile();
    fireEvent.click(screen.getByLabelText('Sterile'));
    await waitFor(async () => expect((await getAssessment(id))?.profile).toMatchObject({ deviceClasses: ['Is'], sterile: true }));
    expect(screen.getByText(/is class Is under the MDR \(Art\. 52\(7\)\)/)).toBeTruthy();
  });

  it('gives software with nothing physical no body contact, so biocompatibility does not apply', async () => {
    const id = await openProfile();
    fireEvent.click(screen.getByLabelText('Software'));
    await waitFor(async () => expect((await getAssessment(id))?.profile).toMatchObject({ software: true, bodyContact: 'none' }));
    expect((screen.getByLabelText('No body contact') as HTMLInputElement).checked).toBe(true);
  });

  it('tells a firm with a plain class I legacy device that it has no transition, and asks what other legacy devices rest on', async () => {
    await openProfile();
    fireEvent.click(screen.getByLabelText('Legacy device'));
    expect(await screen.findByText(/still plain class I under the MDR has no transition period/)).toBeTruthy();
    expect(screen.getByLabelText('A class I declaration, now up-classified')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Class IIa'));
    await waitFor(() => expect(screen.queryByText(/still plain class I under the MDR has no transition period/)).toBeNull());
  });
});
