// @vitest-environment jsdom
// The profile form in French and German: headings, options, country names and validation messages.
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfilePage } from '../../src/features/profile/profile-page';
import { changeLanguage } from '../../src/i18n/i18n';
import { newTestAssessment, renderScreen, resetDatabase } from './assessment-harness';
import { rawKeys } from '../translation-checks';

configure({ asyncUtilTimeout: 8000 });

const routes = [{ path: 'profile', Component: ProfilePage }];

async function openProfile(heading: string) {
  const id = await newTestAssessment();
  renderScreen(`/a/${id}/profile`, routes);
  await screen.findByRole('heading', { name: heading, level: 2 });
  return id;
}

function errorOf(input: HTMLElement): string {
  const errorId = (input.getAttribute('aria-describedby') ?? '').split(' ').find((i) => i.endsWith('-error'));
  return (errorId && document.getElementById(errorId)?.textContent) || '';
}


beforeEach(resetDatabase);
afterEach(async () => {
  cleanup();
  await changeLanguage('en');
});

describe('profile form in other languages', { timeout: 40_000 }, () => {
  it('shows the form, its options and its messages in French', async () => {
    await changeLanguage('fr');
    await openProfile('Profil de l’entreprise et des dispositifs');
    expect(screen.getByRole('heading', { name: 'Entreprise', level: 2 })).toBeTruthy();
    expect(screen.getByLabelText('Fabricant')).toBeTruthy();
    expect(screen.getByLabelText('Mandataire')).toBeTruthy();
    expect(screen.getByLabelText('Classe Is (stérile)')).toBeTruthy();
    expect(screen.getByLabelText('Dispositif hérité (« legacy device »)')).toBeTruthy();
    // Country names in French, money in words of the language.
    expect(screen.getByRole('option', { name: 'Allemagne' })).toBeTruthy();
    expect(screen.getByText(/au plus 2 millions d’euros de chiffre d’affaires/)).toBeTruthy();
    expect(screen.getByText(/points? s’appliquen?t? à ce profil/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Passer à la liste de contrôle →' })).toBeTruthy();

    const name = screen.getByLabelText('Nom de l’entreprise');
    fireEvent.change(name, { target: { value: '  ' } });
    await waitFor(() => expect(errorOf(name)).toBe('⚠ Saisissez le nom de l’entreprise'));
    const families = screen.getByLabelText('Nombre de familles de dispositifs');
    fireEvent.change(families, { target: { value: '0' } });
    await waitFor(() => expect(errorOf(families)).toBe('⚠ Au moins une famille de dispositifs'));
    fireEvent.change(families, { target: { value: '' } });
    await waitFor(() => expect(errorOf(families)).toBe('⚠ Saisissez un nombre entier'));
    fireEvent.change(families, { target: { value: '501' } });
    await waitFor(() => expect(errorOf(families)).toBe('⚠ Au maximum 500'));

    fireEvent.click(screen.getByRole('button', { name: 'Passer à la liste de contrôle →' }));
    await screen.findByText('Certaines réponses doivent d’abord être corrigées : voyez les messages en rouge. Tout le reste est enregistré.');

    fireEvent.click(screen.getByLabelText('Dispositif hérité (« legacy device »)'));
    expect(await screen.findByLabelText('Système qualité conforme au MDR en place au 26 mai 2024')).toBeTruthy();
    expect(rawKeys()).toEqual([]);
    expect(document.body.textContent).not.toMatch(/Company name|Device classes|Continue to the checklist/);
  });

  it('shows the form and its messages in German', async () => {
    await changeLanguage('de');
    await openProfile('Unternehmens- und Produktprofil');
    expect(screen.getByLabelText('Hersteller')).toBeTruthy();
    expect(screen.getByLabelText('Bevollmächtigter')).toBeTruthy();
    expect(screen.getByLabelText('Klasse IIb')).toBeTruthy();
    expect(screen.getByLabelText('Sonderanfertigung')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Schweiz' })).toBeTruthy();
    expect(screen.getByText(/höchstens 50 Millionen Euro Umsatz oder 43 Millionen Euro Bilanzsumme/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Hersteller'));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Rollen' }).textContent).toContain('⚠ Wählen Sie mindestens eine Rolle'));
    const files = screen.getByLabelText('Anzahl der technischen Dokumentationen');
    fireEvent.change(files, { target: { value: '0' } });
    await waitFor(() => expect(errorOf(files)).toBe('⚠ Mindestens eine technische Dokumentation'));

    fireEvent.click(screen.getByLabelText('Altprodukt'));
    expect(await screen.findByLabelText('Schriftliche Vereinbarung mit einer Benannten Stelle bis zum 26. September 2024 unterzeichnet')).toBeTruthy();
    expect(rawKeys()).toEqual([]);
    expect(document.body.textContent).not.toMatch(/Company name|Device classes|Continue to the checklist/);
  });
});
