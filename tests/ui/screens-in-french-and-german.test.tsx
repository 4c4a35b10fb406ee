// @vitest-environment jsdom
// The assessments list, settings and rules screens in French and German: translated words, no raw
// catalog key, no English interface text left over, and dates, numbers and messages in the language.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, listAssessments } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import type { Language } from '../../src/domain/text';
import { AssessmentsPage } from '../../src/features/assessments/assessments-page';
import { RulesPage } from '../../src/features/rules/rules-page';
import { SettingsPage } from '../../src/features/settings/settings-page';
import { bundledRuleSet } from '../../src/hooks/use-rule-set';
import { changeLanguage, getCatalog } from '../../src/i18n/i18n';
import { resetDatabase } from './assessment-harness';
import { flattenCatalog } from '../translation-checks';

configure({ asyncUtilTimeout: 8000 });

const loaded = bundledRuleSet();
if (!loaded.ok) throw new Error(loaded.error);
const ruleSetRef = { id: loaded.ruleSet.id, version: loaded.ruleSet.version };


/** Everything a reader or a screen reader gets: text, and the labels, titles and placeholders. */
function shownText(): string {
  const attributes = [...document.body.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

const screenNamespaces = ['assessments', 'settings', 'rules', 'common', 'firstrun'] as const;

/**
 * Catalog keys shown raw, and English interface text the translation should have replaced: every English
 * catalog text without placeholders whose translation differs (placeholders and markup split a text, so
 * those are checked by the assertions on real words instead).
 */
function untranslated(language: Language): { rawKeys: string[]; english: string[] } {
  const text = shownText();
  const rawKeys: string[] = [];
  const english: string[] = [];
  for (const ns of screenNamespaces) {
    const en = flattenCatalog(getCatalog('en', ns) ?? {});
    const other = flattenCatalog(getCatalog(language, ns) ?? {});
    for (const [key, value] of en) {
      const bare = key.replace(/_(zero|one|two|few|many|other)$/, '');
      if (bare.includes('.') && text.includes(bare)) rawKeys.push(`${ns}:${bare}`);
      if (value.includes('{{') || value.includes('<') || value.length < 6 || other.get(key) === value) continue;
      if (text.includes(value)) english.push(`${ns}:${key} “${value}”`);
    }
  }
  return { rawKeys, english };
}

function expectFullyTranslated(language: Language) {
  const { rawKeys, english } = untranslated(language);
  expect(rawKeys).toEqual([]);
  expect(english).toEqual([]);
}

function renderAt(Component: React.ComponentType, path = '/') {
  const router = createMemoryRouter(
    [
      { path: '/', Component },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const words = {
  fr: {
    emptyTitle: 'Faites le point sur votre conformité au MDR',
    start: 'Commencer une évaluation',
    count: '2 évaluations enregistrées dans ce navigateur',
    more: 'Plus d’actions pour Orthalux',
    newAssessment: '+ Nouvelle évaluation',
    company: 'Nom de l’entreprise',
    checklistLanguage: 'Langue de la liste de contrôle et du rapport',
    continue: 'Continuer vers le profil →',
    justNow: 'maintenant',
    settings: 'Paramètres',
    dayRates: 'Taux journaliers',
    defaultRate: /Par défaut\s:\s600\s€/,
    negative: 'Un taux journalier ne peut pas être négatif',
    enterNumber: 'Saisissez un nombre',
    wholeDays: 'Utilisez des jours entiers',
    rules: 'Exigences du MDR',
    appliesTo: 'S’applique à :',
    manufacturers: 'Fabricants',
    search: 'Rechercher dans les exigences',
    label: 'étiquetage',
    matches: /^\d+ exigences? correspondent?, dans \d+ domaines?\.$/,
    nothing: 'Aucun résultat pour « zzqx ».',
    effective: /Contenu à jour au \d{1,2}(er)? [a-zéû]+\.? \d{4}/,
  },
  de: {
    emptyTitle: 'Finden Sie heraus, wo Sie bei der MDR stehen',
    start: 'Bewertung beginnen',
    count: '2 Bewertungen in diesem Browser gespeichert',
    more: 'Mehr Aktionen für Orthalux',
    newAssessment: '+ Neue Bewertung',
    company: 'Name des Unternehmens',
    checklistLanguage: 'Sprache der Checkliste und des Berichts',
    continue: 'Weiter zum Profil →',
    justNow: 'jetzt',
    settings: 'Einstellungen',
    dayRates: 'Tagessätze',
    defaultRate: /Standard:\s600\s€/,
    negative: 'Ein Tagessatz kann nicht negativ sein',
    enterNumber: 'Geben Sie eine Zahl ein',
    wholeDays: 'Verwenden Sie ganze Tage',
    rules: 'MDR-Anforderungen',
    appliesTo: 'Gilt für:',
    manufacturers: 'Hersteller',
    search: 'Anforderungen durchsuchen',
    label: 'Kennzeichnung',
    matches: /^\d+ Anforderungen? passen?, in \d+ Bereichen?\.$/,
    nothing: 'Keine Treffer für „zzqx“.',
    effective: /Inhalt auf dem Stand vom \d{1,2}\. [A-Za-zä]+ \d{4}/,
  },
} satisfies Record<'fr' | 'de', Record<string, string | RegExp>>;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
afterAll(() => changeLanguage('en'));

describe.each(['fr', 'de'] as const)('in %s', (language) => {
  const w = words[language];
  beforeAll(() => changeLanguage(language));
  beforeEach(resetDatabase);

  it('the empty assessments list', async () => {
    renderAt(AssessmentsPage);
    await screen.findByRole('heading', { name: w.emptyTitle });
    expect(screen.getByRole('button', { name: w.start })).toBeTruthy();
    expectFullyTranslated(language);
  });

  it('the assessments list with assessments, and a new assessment takes the interface language', async () => {
    for (const companyName of ['Lumen Diagnostics', 'Orthalux']) await createAssessment({ profile: { companyName }, ruleSet: ruleSetRef });
    renderAt(AssessmentsPage);
    await screen.findByText(w.count);
    expect(screen.getByRole('button', { name: w.more })).toBeTruthy();
    expect(screen.getAllByText(w.justNow).length).toBe(2);
    // Readiness figures arrive in batches; the rows are complete once they have.
    await waitFor(() => expect(document.querySelectorAll('.row-progress-text.muted')).toHaveLength(2));
    expectFullyTranslated(language);

    fireEvent.click(screen.getByRole('button', { name: w.newAssessment }));
    const dialog = await screen.findByRole('dialog');
    const choice = within(dialog).getByLabelText(w.checklistLanguage) as HTMLSelectElement;
    expect(choice.value).toBe(language);
    expectFullyTranslated(language);
    fireEvent.change(within(dialog).getByLabelText(w.company), { target: { value: 'Nouvelle GmbH' } });
    fireEvent.click(within(dialog).getByRole('button', { name: w.continue }));
    await screen.findByText('elsewhere');
    const created = (await listAssessments()).find((a) => a.profile.companyName === 'Nouvelle GmbH');
    expect(created?.language).toBe(language);
  });

  it('the settings, with field errors in the language', async () => {
    renderAt(SettingsPage);
    await screen.findByRole('heading', { level: 2, name: w.dayRates });
    expect(screen.getByRole('heading', { level: 1, name: w.settings })).toBeTruthy();
    expect(shownText()).toMatch(w.defaultRate);
    expectFullyTranslated(language);

    const internal = document.getElementById('settings-internalDayRate')!;
    fireEvent.change(internal, { target: { value: '-5' } });
    expect(await screen.findByText(new RegExp(w.negative))).toBeTruthy();
    fireEvent.change(internal, { target: { value: '' } });
    expect(await screen.findByText(new RegExp(w.enterNumber))).toBeTruthy();
    const days = document.getElementById('settings-backupReminderDays')!;
    fireEvent.change(days, { target: { value: '1.5' } });
    expect(await screen.findByText(new RegExp(w.wholeDays))).toBeTruthy();
  });

  it('the rules browser, rule-set text and search in the language', async () => {
    renderAt(RulesPage);
    await screen.findByRole('heading', { level: 1, name: w.rules });
    expect(screen.getAllByText(w.appliesTo).length).toBeGreaterThan(100);
    expect(screen.getAllByText(w.manufacturers).length).toBeGreaterThan(0);
    expect(shownText()).toMatch(w.effective);
    // Rule-set text follows the interface language: the first area's title as the rule set words it.
    const firstArea = loaded.ruleSet.areas[0]!.title;
    expect(typeof firstArea === 'string' ? firstArea : firstArea[language]).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2, name: typeof firstArea === 'string' ? firstArea : firstArea[language]! }).length).toBe(1);
    expectFullyTranslated(language);

    const search = screen.getByLabelText(w.search);
    fireEvent.change(search, { target: { value: w.label } });
    await waitFor(() => expect(document.getElementById('rules-search-result')?.textContent).toMatch(w.matches));
    fireEvent.change(search, { target: { value: 'zzqx' } });
    await waitFor(() => expect(document.getElementById('rules-search-result')?.textContent).toBe(w.nothing));
  });
});

describe('messages shown in French', () => {
  beforeAll(() => changeLanguage('fr'));
  beforeEach(resetDatabase);

  it('says why an assessment could not be created, in French', async () => {
    await createAssessment({ profile: { companyName: 'Orthalux' }, ruleSet: ruleSetRef });
    renderAt(AssessmentsPage);
    await screen.findByText('1 évaluation enregistrée dans ce navigateur');
    vi.spyOn(db.assessments, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    fireEvent.click(screen.getByRole('button', { name: '+ Nouvelle évaluation' }));
    fireEvent.change(await screen.findByLabelText('Nom de l’entreprise'), { target: { value: 'Pleine SA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continuer vers le profil →' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Impossible de créer l’évaluation : l’espace de stockage du navigateur pour ce site est plein. Libérez de la place (ou exportez une sauvegarde et supprimez d’anciennes évaluations), puis réessayez.',
    );
  });

  it('says why a file was refused, in French, naming the file and the problem', async () => {
    await createAssessment({ profile: { companyName: 'Orthalux' }, ruleSet: ruleSetRef });
    renderAt(AssessmentsPage);
    await screen.findByText('1 évaluation enregistrée dans ce navigateur');
    const input = screen.getByLabelText('Importer un fichier d’évaluation ou de sauvegarde');
    const file = JSON.stringify({ format: 'mdr-readiness/assessment', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', assessment: { profile: 'x' } });
    fireEvent.change(input, { target: { files: [new File([file], 'dossier.json', { type: 'application/json' })] } });
    const message = (await screen.findByRole('alert')).querySelector('p')!.textContent;
    expect(message).toMatch(/^Impossible d’importer « dossier\.json »\. Le fichier d’évaluation n’est pas valide : assessment\.\w+ : /);
    expect(message).toMatch(/Rien n’a été modifié\.$/);
    expect(message).not.toMatch(/should be|expected|Invalid/);
    expect(await listAssessments()).toHaveLength(1);
  });
});
