// @vitest-environment jsdom
// The checklist and the coaching view in French and German: chrome, filters, plurals, announcements.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChecklistPage } from '../../src/features/checklist/checklist-page';
import { useChecklistUi } from '../../src/features/checklist/checklist-store';
import { CoachPage } from '../../src/features/coach/coach-page';
import { changeLanguage } from '../../src/i18n/i18n';
import { newTestAssessment, renderScreen, resetDatabase, savedAnswer } from './assessment-harness';
import { rawKeys } from '../translation-checks';

const routes = [
  { path: 'area/:areaId', Component: ChecklistPage },
  { path: 'coach/:areaId', Component: CoachPage },
];
const item = (itemId: string) => document.getElementById(`item-${itemId}`) as HTMLElement;
const liveRegion = () => document.querySelector('.checklist-main [role="status"].visually-hidden') as HTMLElement;

const english = /Gaps only|All items|Keyboard:|Add a note|Guidance|Checklist areas|Readiness|answered|Not met|How this works/;

async function open(path: string, answers: Parameters<typeof newTestAssessment>[0] = []) {
  const id = await newTestAssessment(answers);
  renderScreen(`/a/${id}/${path}`, routes);
  await screen.findByRole('heading', { name: /First area|Second area/, level: 2 });
  return id;
}

beforeEach(async () => {
  await resetDatabase();
  useChecklistUi.setState({ show: 'all', severities: [], fieldFocus: null });
});
afterEach(async () => {
  cleanup();
  await changeLanguage('en');
});

describe('checklist in French', () => {
  it('shows the chrome in French and announces a saved answer in French', async () => {
    await changeLanguage('fr');
    const id = await open('area/first', [{ itemId: 'gone.item', status: 'met', owner: 'Marie' }]);
    expect(screen.getByText('Domaine 1 sur 2')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Domaines de la liste de contrôle' })).toBeTruthy();
    expect(screen.getByText('3 points')).toBeTruthy();
    expect(screen.getByText('Clavier :')).toBeTruthy();
    expect(screen.getAllByText('Conseils')).toHaveLength(3);
    expect(screen.getByText(/Réponses archivées \(1\)/)).toBeTruthy();
    expect(screen.getByText('Responsable : Marie.')).toBeTruthy();
    expect(screen.getByText('Ce que chaque réponse signifie pour le score de préparation et l’estimation des coûts.')).toBeTruthy();
    // The rule-set content stays in the assessment's language (English here).
    expect(screen.getByRole('heading', { name: 'Question one is met.' })).toBeTruthy();

    fireEvent.keyDown(document.body, { key: '1' });
    await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.status).toBe('met'));
    await waitFor(() => expect(liveRegion().textContent).toBe('Enregistré : Satisfait. Point suivant.'));
    await waitFor(() => expect(within(item('first.one')).getByRole('radio', { name: /^Satisfait/ }).getAttribute('aria-checked')).toBe('true'));

    fireEvent.click(within(item('first.two')).getByRole('button', { name: '+ Ajouter une note, une preuve, un responsable ou une échéance' }));
    expect(within(item('first.two')).getByLabelText('Preuve').getAttribute('placeholder')).toBe('p. ex. SOP-07 rév. 3, QMS/Design/DHF');
    expect(within(item('first.two')).getByLabelText('Échéance')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Écarts seulement'));
    await screen.findByText('Aucun écart dans ce domaine pour l’instant.');
    expect(screen.getByText(/Affichage : 0 sur 3 points/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tout afficher' })).toBeTruthy();

    expect(rawKeys()).toEqual([]);
    expect(document.body.textContent).not.toMatch(english);
  });
});

describe('checklist in German', () => {
  it('asks for a reason in German and uses German plurals', async () => {
    await changeLanguage('de');
    const id = await open('area/first', [{ itemId: 'first.two', status: 'not_met' }]);
    expect(screen.getByText('Bereich 1 von 2')).toBeTruthy();
    expect(screen.getByText('1/3 beantwortet')).toBeTruthy();
    expect(document.querySelector('.area-stats')?.textContent?.replace(/\u00a0/g, ' ')).toBe('1 von 3 beantwortetUmsetzungsstand 0 %1 Lücke');
    expect(screen.getByText('Tastatur:')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: '4' });
    const reason = await within(item('first.one')).findByLabelText('Warum trifft dies nicht zu?');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(liveRegion().textContent).toBe('Als nicht zutreffend gespeichert. Begründen Sie es im Feld für die Begründung.');
    expect((await savedAnswer(id, 'first.one'))?.status).toBe('not_applicable');

    fireEvent.click(screen.getByLabelText('Geringfügig'));
    await waitFor(() => expect(document.querySelectorAll('.checklist-item')).toHaveLength(1));
    expect(screen.getByText(/1 von 3 Prüfpunkten angezeigt/)).toBeTruthy();

    expect(rawKeys()).toEqual([]);
    expect(document.body.textContent).not.toMatch(english);
  });
});

describe('coaching view in other languages', () => {
  it('shows the coaching chrome in French and in German', async () => {
    await changeLanguage('fr');
    await open('coach/first', [{ itemId: 'first.one', status: 'partial' }]);
    expect(screen.getByText('Vue d’accompagnement · domaine 1 sur 2')).toBeTruthy();
    const first = screen.getByRole('radiogroup', { name: 'Question one is met.' });
    expect(within(first).getByRole('radio', { name: /Partiellement satisfait/ }).getAttribute('aria-checked')).toBe('true');
    expect(rawKeys()).toEqual([]);
    expect(document.body.textContent).not.toMatch(english);

    await changeLanguage('de');
    await screen.findByText('Beratungsansicht · Bereich 1 von 2');
    expect(within(first).getByRole('radio', { name: /Teilweise erfüllt/ })).toBeTruthy();
    expect(rawKeys()).toEqual([]);
    expect(document.body.textContent).not.toMatch(english);
  });
});
