// @vitest-environment jsdom
// The classification helper in French and German: questions, options, results and chrome in the interface language, no raw keys.
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClassifyPage } from '../../src/features/classify/classify-page';
import { setLanguage } from '../../src/i18n/i18n';
import { newTestAssessment, resetDatabase } from './assessment-harness';

configure({ asyncUtilTimeout: 8000 });

// Each test walks the helper step by step through role queries, which jsdom answers slowly: allow a minute.

afterEach(() => cleanup());
afterAll(async () => {
  await setLanguage('en');
});

function renderHelper(assessmentId?: string) {
  const url = assessmentId ? `/classify?assessment=${assessmentId}` : '/classify';
  const router = createMemoryRouter([{ path: '/classify', Component: ClassifyPage }], { initialEntries: [url] });
  return render(<RouterProvider router={router} />);
}

/** Pick an option of the question on screen (by the start of its label) and press the continue button. */
async function answer(question: string, option: RegExp, next: string, kind: 'radio' | 'checkbox' = 'radio') {
  await screen.findByRole('heading', { level: 2, name: question });
  fireEvent.click(screen.getByRole(kind, { name: option }));
  fireEvent.click(screen.getByRole('button', { name: next }));
}

const namespaceKeys = /\b(page|load|soFar|how|step|answers|result|meaning|use|start|actions)\.[a-z][A-Za-z]+\b/;

/** Every text on screen and in the accessible names, which must show no catalog key. */
function shownText(): string {
  const labels = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
  return `${document.body.textContent ?? ''} ${labels.join(' ')}`;
}

describe('the classification helper in French', () => {
  it('asks the questions and gives the result in French', async () => {
    await setLanguage('fr');
    renderHelper();
    expect(await screen.findByRole('heading', { level: 1, name: 'Trouver la classe de votre dispositif' })).toBeTruthy();
    expect(screen.getByText('Question 1')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Classe provisoire et mode de détermination' })).toBeTruthy();
    expect(screen.getByText('La règle la plus stricte l’emporte.')).toBeTruthy();

    await answer('À quoi sert le produit ?', /^Une destination médicale/, 'Continuer');
    await answer('Le produit est-il un logiciel à lui seul ?', /^Non, c’est un produit physique/, 'Continuer');
    expect(screen.getByRole('button', { name: 'Modifier la réponse à : À quoi sert le produit ?' })).toBeTruthy();
    await answer('Comment entre-t-il en contact avec le corps ?', /^Il est placé dans le corps et y reste/, 'Continuer');
    await answer('A-t-il besoin d’une source d’énergie pour fonctionner, comme le secteur, une batterie ou du gaz comprimé ?', /^Non$/, 'Continuer');
    // A multiple choice without a tick names its "none" option in the error.
    await screen.findByRole('heading', { level: 2, name: 'L’un de ces cas s’applique-t-il ?' });
    fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByRole('alert').textContent).toBe('Cochez au moins une case, ou « Aucun de ces cas ».');
    await answer('L’un de ces cas s’applique-t-il ?', /^Remplace tout ou partie d’une articulation/, 'Continuer', 'checkbox');
    expect(within(screen.getByRole('complementary')).getByText('Règle 8 : classe III')).toBeTruthy();
    await answer('L’un de ces cas s’applique-t-il au produit ?', /^Aucun de ces cas/, 'Continuer', 'checkbox');
    await answer('Allez-vous le fournir à l’état stérile ?', /^Oui$/, 'Continuer');

    expect(await screen.findByRole('heading', { level: 2, name: 'Classe III' })).toBeTruthy();
    expect(screen.getByText('Classe proposée')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Pourquoi' })).toBeTruthy();
    const rules = document.querySelector('.fired-rules')!.textContent!;
    expect(rules).toMatch(/Règle 8.*Dispositifs implantables et dispositifs invasifs de type chirurgical destinés à un usage à long terme.*Classe III.*Une prothèse articulaire totale ou partielle\..*MDR Annex VIII Rule 8/);
    expect(screen.getByText(/Un organisme notifié certifie votre système de gestion de la qualité/)).toBeTruthy();
    expect(screen.getByText('La liste de contrôle, les coûts et les échéances seront adaptés à la classe III. Vous pourrez tout modifier par la suite.')).toBeTruthy();
    expect(screen.getByLabelText('Nom de l’entreprise')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Commencer l’évaluation' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Vos réponses' })).toBeTruthy();
    expect(screen.getByText('Remplace tout ou partie d’une articulation')).toBeTruthy();

    const shown = shownText();
    expect(shown).not.toMatch(namespaceKeys);
    expect(shown).not.toMatch(/\b(Continue|Your answers|Why|Proposed class|Rule 8|Start the assessment|Company name)\b/);
  }, 60_000);
});

describe('the classification helper opened from an assessment, in French', () => {
  it('offers to use the class in that assessment, or says the assessment is gone', async () => {
    await resetDatabase();
    await setLanguage('fr');
    const id = await newTestAssessment();
    const software = async () => {
      await answer('À quoi sert le produit ?', /^Une destination médicale/, 'Continuer');
      await answer('Le produit est-il un logiciel à lui seul ?', /^Oui, c’est un logiciel/, 'Continuer');
      await answer('Le logiciel commande-t-il un dispositif médical matériel, ou influence-t-il la façon dont il est utilisé ?', /^Non, il fonctionne indépendamment/, 'Continuer');
      await answer('Que fait le logiciel lui-même ?', /^Aucun de ces cas/, 'Continuer', 'checkbox');
      await answer('L’un de ces cas s’applique-t-il au produit ?', /^Aucun de ces cas/, 'Continuer', 'checkbox');
      await screen.findByRole('heading', { level: 2, name: 'Classe I' });
    };

    renderHelper(id);
    expect((await screen.findByText(/^Pour l’évaluation/)).textContent).toBe('Pour l’évaluation Test Medical. Retour à son profil');
    await software();
    // A new assessment starts as class I: the helper offers to keep it, and to mark the product as software.
    expect((await screen.findByText(/^Le profil de/)).textContent).toBe('Le profil de Test Medical indique : I. Ces réponses du profil passeront aussi à « oui » : Logiciel.');
    expect(screen.getByRole('button', { name: 'Garder cette classe et revenir au profil' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Revenir au profil sans modification' })).toBeTruthy();
    cleanup();

    renderHelper('no-such-assessment');
    await software();
    const gone = await screen.findByText(/ne se trouve plus dans ce navigateur/);
    expect(within(gone).getByRole('link', { name: 'Utiliser l’assistant seul' }).getAttribute('href')).toBe('/classify');
    expect(shownText()).not.toMatch(namespaceKeys);
  }, 60_000);
});

describe('the classification helper in German', () => {
  it('classifies an app with Rule 11 and a class I device with its sub-categories, in German', async () => {
    await setLanguage('de');
    renderHelper();
    expect(await screen.findByRole('heading', { level: 1, name: 'Die Klasse Ihres Produkts bestimmen' })).toBeTruthy();
    expect(screen.getByText('Frage 1')).toBeTruthy();

    await answer('Wofür ist das Produkt bestimmt?', /^Eine medizinische Zweckbestimmung/, 'Weiter');
    await answer('Ist das Produkt eigenständige Software?', /^Ja, es ist Software/, 'Weiter');
    await answer('Steuert die Software ein Hardware-Medizinprodukt oder beeinflusst sie, wie es angewendet wird?', /^Nein, sie arbeitet unabhängig/, 'Weiter');
    await answer('Was tut die Software selbst?', /^Liefert Informationen, auf deren Grundlage Entscheidungen/, 'Weiter', 'checkbox');
    await answer('Welche Rolle spielen die Informationen der Software bei der Entscheidung über den Patienten?', /^Sie behandelt oder diagnostiziert/, 'Weiter');
    await answer('Wie ernst ist die Lage oder der Zustand der Patienten, für die sie bestimmt ist?', /^Ernst/, 'Weiter');
    // Class IIb so far, but a therapy the software adapts by itself would make it class III (Rule 22): not shown yet.
    const side = screen.getByRole('complementary');
    expect(within(side).getByText(/^Einige der folgenden Fragen könnten die Klasse noch erhöhen/)).toBeTruthy();
    expect(within(side).queryByText(/Klasse IIb/)).toBeNull();
    await answer(
      'Gibt die Software selbst eine Therapie ab und passt sie anhand ihrer eigenen diagnostischen Befunde an, ohne dass dazwischen eine Fachperson entscheidet?',
      /^Nein$/,
      'Weiter',
    );
    expect(within(screen.getByRole('complementary')).getByText('Regel 11: Klasse IIb')).toBeTruthy();
    expect(screen.getByText('Das kann sich mit Ihren nächsten Antworten noch ändern.')).toBeTruthy();
    await answer('Trifft eines davon auf das Produkt zu?', /^Nichts davon/, 'Weiter', 'checkbox');

    expect(await screen.findByRole('heading', { level: 2, name: 'Klasse IIb' })).toBeTruthy();
    const rules = document.querySelector('.fired-rules')!.textContent!;
    expect(rules).toMatch(/Regel 11.*Software.*Klasse IIb.*Behandlung oder Diagnose in einer ernsten Lage.*schwerwiegenden Verschlechterung des Gesundheitszustands.*MDR Annex VIII Rule 11/);
    expect(screen.getByText('Kann sich ändern')).toBeTruthy();
    expect(screen.getByText(/Vorschlag der Kommission vom Dezember 2025/)).toBeTruthy();
    expect(shownText()).not.toMatch(namespaceKeys);

    // Start again with a sterile device that measures: class I with the Is and Im sub-categories.
    fireEvent.click(screen.getByRole('button', { name: 'Ein weiteres Produkt klassifizieren' }));
    await answer('Wofür ist das Produkt bestimmt?', /^Eine medizinische Zweckbestimmung/, 'Weiter');
    await answer('Ist das Produkt eigenständige Software?', /^Nein, es ist ein physisches Produkt/, 'Weiter');
    await answer('Wie kommt es mit dem Körper in Kontakt?', /^Es dringt nicht in den Körper ein/, 'Weiter');
    await answer('Braucht es zum Funktionieren eine Energiequelle, etwa Netzstrom, eine Batterie oder Druckgas?', /^Nein$/, 'Weiter');
    await answer('Trifft eines davon zu?', /^Nichts davon/, 'Weiter', 'checkbox');
    await answer('Trifft eines davon auf das Produkt zu?', /^Nichts davon/, 'Weiter', 'checkbox');
    await answer('Werden Sie es steril liefern?', /^Ja$/, 'Weiter');
    await answer('Hat es eine Messfunktion?', /^Ja$/, 'Weiter');

    expect(await screen.findByRole('heading', { level: 2, name: 'Klasse I (Is, Im)' })).toBeTruthy();
    expect(screen.getByText('Sie erklären die Konformität selbst, eine Benannte Stelle prüft aber einen Teil davon (MDR Art. 52(7)):')).toBeTruthy();
    expect(screen.getByText(/^Steril geliefert \(Is\)/)).toBeTruthy();
    expect(screen.getByText(/^Messfunktion \(Im\)/)).toBeTruthy();
    expect(document.querySelector('.fired-rules')!.textContent).toMatch(/Regel 1.*Nicht invasive Produkte.*Klasse I/);
    expect(screen.getByText('Checkliste, Kosten und Fristen werden auf Klasse I (Is, Im) zugeschnitten. Sie können später alles ändern.')).toBeTruthy();
    // The answers list words yes/no answers in German too.
    expect(within(document.querySelector('.answer-list')!).getAllByText('Ja')).toHaveLength(2);

    const shown = shownText();
    expect(shown).not.toMatch(namespaceKeys);
    expect(shown).not.toMatch(/\b(Continue|Your answers|Why|Proposed class|Rule 1|Class I|Start the assessment)\b/);
  }, 60_000);
});

describe('the classification helper for software that drives a device', () => {
  it('asks about the driven device, shows no class while one could still rise, and gives the pump app class IIb by Annex VIII §3.3', async () => {
    await setLanguage('en');
    renderHelper();
    await answer('What is the product for?', /^A medical purpose/, 'Continue');
    await answer('Is the product software on its own?', /^Yes, it is software/, 'Continue');
    // For software, the first question is whether it drives a device.
    await answer('Does the software drive a hardware medical device, or influence how it is used?', /^Yes, it drives or influences/, 'Continue');
    await answer('What class is the device it drives or influences?', /^I don't know: ask me about the device/, 'Continue');
    // The questions about the device say whom they are about, and that note is part of the question's description.
    const contact = await screen.findByRole('heading', { level: 2, name: 'How does it come into contact with the body?' });
    const note = screen.getByText('Answer for the device your software drives, not for the software.');
    expect(contact.closest('form')!.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain(note.id);
    await answer('How does it come into contact with the body?', /^It does not enter the body/, 'Continue');
    await answer('Does it need a power source to work, such as mains electricity, a battery or compressed gas?', /^Yes$/, 'Continue');
    await answer('Does it do any of these?', /^None of these/, 'Continue', 'checkbox');
    await answer('What does the powered device do?', /^Gives medicines/, 'Continue', 'checkbox');
    await answer('Could the way it gives or removes substances be hazardous?', /^Yes, potentially hazardous/, 'Continue');
    await answer('Does it also have a built-in diagnostic function that largely decides how the patient is treated?', /^No$/, 'Continue');
    // The pump makes it class IIb, but the software's own purpose could still raise it: no class so far yet.
    await screen.findByRole('heading', { level: 2, name: 'What does the software itself do?' });
    const side = screen.getByRole('complementary');
    expect(within(side).getByText(/^Some of the questions ahead could still raise the class/)).toBeTruthy();
    expect(within(side).queryByText(/class IIb/i)).toBeNull();
    expect(screen.queryByText('Answer for the device your software drives, not for the software.')).toBeNull();
    await answer('What does the software itself do?', /^None of these/, 'Continue', 'checkbox');
    expect(screen.getByText('Answer for the software and for the device it drives.')).toBeTruthy();
    await answer('Does any of these apply to the product?', /^None of these/, 'Continue', 'checkbox');

    expect(await screen.findByRole('heading', { level: 2, name: 'Class IIb' })).toBeTruthy();
    const rules = document.querySelector('.fired-rules')!.textContent!;
    expect(rules).toMatch(/Rule 12.*Class IIb.*potentially hazardous way.*MDR Annex VIII Rule 12/);
    expect(rules).toMatch(/Implementing rule 3\.3.*Software.*Class IIb.*takes the class the rules give that device.*MDR Annex VIII Ch\. II §3\.3/);
    expect(rules).not.toMatch(/Rule 11/);
    expect(shownText()).not.toMatch(namespaceKeys);
  }, 60_000);
});
