// @vitest-environment jsdom
// The summary screen: figures from the evaluation, cost explanations, what-if planning and empty states.
import { cleanup, fireEvent, getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { rawKeys } from '../translation-checks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SummaryPage } from '../../src/features/summary/summary-page';
import { answerSchema } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile } from '../../src/domain/profile';
import { defaultSettings } from '../../src/domain/settings';
import { makeFormatters } from '../../src/hooks/use-formatters';
import { changeLanguage } from '../../src/i18n/i18n';
import { newTestAssessment, renderScreen, resetDatabase, savedAnswer, testRuleSet } from './assessment-harness';

const { downloadReport } = vi.hoisted(() => ({ downloadReport: vi.fn() }));
vi.mock('../../src/report/download-report', () => ({ downloadReport }));

const routes = [{ path: 'summary', Component: SummaryPage }];

async function openSummary(answers: Parameters<typeof newTestAssessment>[0]) {
  const id = await newTestAssessment(answers);
  const utils = renderScreen(`/a/${id}/summary`, routes);
  await screen.findByRole('heading', { name: 'Summary', level: 2 });
  return { id, ...utils };
}

const gapCard = (question: string) => screen.getByRole('article', { name: question });

beforeEach(() => resetDatabase());
afterEach(() => cleanup());

describe('summary', () => {
  it('invites the user to start the checklist when nothing is answered', async () => {
    const { id } = await openSummary([]);
    expect(screen.getByRole('heading', { name: 'No answers yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start the checklist' }).getAttribute('href')).toBe(`/a/${id}/area/first`);
  });

  it('congratulates when the answered items have no gaps', async () => {
    await openSummary([
      { itemId: 'first.one', status: 'met' },
      { itemId: 'first.two', status: 'not_applicable', naReason: 'No testing needed' },
    ]);
    expect(screen.getByText(/No gaps among the 2 answered items/)).toBeTruthy();
    expect(screen.getByText(/2 items are still unanswered/)).toBeTruthy();
  });

  it('shows readiness, the gap with its cost, and how each cost line was made', async () => {
    await openSummary([
      { itemId: 'first.one', status: 'met' },
      { itemId: 'first.two', status: 'partial', owner: 'QA lead', dueDate: '2027-03-31' },
    ]);
    // Critical met (weight 3) and major partly met (weight 2 × 50%): 4 of 5.
    expect(within(screen.getByText('Overall readiness').parentElement!).getByText('80%')).toBeTruthy();
    const card = gapCard('Question two is met.');
    expect(within(card).getByText('Partly met')).toBeTruthy();
    expect(within(card).getByText('MDR Art. 10(2)')).toBeTruthy();
    expect(within(card).getByText('QA lead')).toBeTruthy();
    expect(within(card).getByText('31 Mar 2027')).toBeTruthy();
    // Half of the 1,000 / 2,000 / 5,000 EUR test-house cost remains.
    expect(within(card).getAllByText('€1,000').length).toBeGreaterThan(0);
    fireEvent.click(within(card).getByText('How is this calculated?'));
    expect(within(card).getByText('1000/2000/5000 EUR (test house) × 50% remaining')).toBeTruthy();
    expect(screen.getByText(/not quotes and not legal advice/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change the settings' }).getAttribute('href')).toBe('/settings');
  });

  it('separates the exposure of unanswered items from the known gaps', async () => {
    await openSummary([{ itemId: 'first.one', status: 'not_met' }]);
    expect(screen.getByRole('heading', { name: 'If all 3 unanswered items turn out to be gaps' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Possible extra cost of the unanswered items' })).toBeTruthy();
  });

  it('saves "in this year\'s plan" and shows what the plan costs', async () => {
    const { id } = await openSummary([
      { itemId: 'first.one', status: 'not_met' },
      { itemId: 'first.three', status: 'not_met' },
    ]);
    expect(screen.getByText(/No gap is in this year’s plan yet/)).toBeTruthy();
    const card = gapCard('Question one is met.');
    fireEvent.click(within(card).getByRole('checkbox', { name: 'In this year’s plan' }));
    await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.inPlan).toBe(true));
    const planText = await screen.findByText((_, el) => el?.tagName === 'P' && /^1 of 2 gaps planned/.test(el.textContent ?? ''));
    // The figure is the evaluation's plan cost, as the screen must not compute its own.
    const planned = evaluate(
      testRuleSet,
      { profile: makeProfile({ companyName: 'Test Medical' }), answers: answersById([answerSchema.parse({ itemId: 'first.one', status: 'not_met', inPlan: true }), answerSchema.parse({ itemId: 'first.three', status: 'not_met' })]) },
      defaultSettings,
    ).cost.plan.oneOff.p50;
    expect(planText.textContent).toContain(`${makeFormatters('EUR', 'en').money(planned)} one-off`);
    expect((await savedAnswer(id, 'first.one'))?.status).toBe('not_met');
  });

  it('switches a gap to outsourced, which prices its days at the consultant rate', async () => {
    const { id } = await openSummary([{ itemId: 'first.three', status: 'not_met' }]);
    const card = gapCard('Question three is met.');
    fireEvent.click(within(card).getByRole('radio', { name: 'Outsourced' }));
    await waitFor(async () => expect((await savedAnswer(id, 'first.three'))?.sourcing).toBe('outsourced'));
    fireEvent.click(within(gapCard('Question three is met.')).getByText('How is this calculated?'));
    await waitFor(() => expect(screen.getByText('1/1/2 person-days × 1100 EUR/day (outsourced)')).toBeTruthy());
  });

  it('lists deadlines from the evaluation, passed ones marked as still relevant', async () => {
    await openSummary([{ itemId: 'first.one', status: 'met' }]);
    const items = within(screen.getByRole('region', { name: 'Deadlines that apply' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([expect.stringContaining('A duty that started in 2020'), expect.stringContaining('A duty far in the future')]);
    expect(within(items[0]!).getByText('Passed, still relevant')).toBeTruthy();
    expect(within(items[1]!).queryByText('Passed, still relevant')).toBeNull();
  });
});

describe('PDF export', () => {
  it('loads the exporter on demand and passes it the evaluation and the report details', async () => {
    downloadReport.mockResolvedValueOnce(undefined);
    await openSummary([{ itemId: 'first.one', status: 'not_met' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF report' }));
    await waitFor(() => expect(downloadReport).toHaveBeenCalledTimes(1));
    const [evaluation, meta] = downloadReport.mock.calls[0]!;
    expect(evaluation.gaps.map((g: { evaluated: { item: { id: string } } }) => g.evaluated.item.id)).toEqual(['first.one']);
    expect(meta).toMatchObject({ companyName: 'Test Medical', language: 'en', deviceClasses: ['I'] });
    expect(Number.isNaN(Date.parse(meta.generatedAt))).toBe(false);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export PDF report' }).hasAttribute('disabled')).toBe(false));
  });

  it('says so when the report cannot be made, and lets the user try again', async () => {
    downloadReport.mockRejectedValueOnce(new Error('the font could not be read'));
    await openSummary([{ itemId: 'first.one', status: 'not_met' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF report' }));
    expect(await screen.findByText('The report could not be made: the font could not be read')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export PDF report' }).hasAttribute('disabled')).toBe(false);
  });
});

/** Match text as written, no-break spaces included (the default matcher turns them into plain spaces). */
const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };


describe('summary in French and German', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  const answers = [
    { itemId: 'first.one', status: 'met' as const },
    { itemId: 'first.two', status: 'partial' as const, owner: 'QA lead', dueDate: '2027-03-31' },
    { itemId: 'first.three', status: 'not_met' as const },
  ];

  it('shows every heading, label, figure and cost basis in French, rule-set text in the assessment’s language', async () => {
    await changeLanguage('fr');
    const id = await newTestAssessment(answers);
    renderScreen(`/a/${id}/summary`, routes);
    await screen.findByRole('heading', { name: 'Synthèse', level: 2 });
    expect(screen.getByRole('heading', { name: 'Écarts à combler' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Estimation des coûts' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Échéances applicables' })).toBeTruthy();
    // Critical met (3) and major partly met (2 × 50 %) of 6: 67 %, with French spacing.
    expect(within(screen.getByText('État de préparation global').parentElement!).getByText('67\u00a0%', exact)).toBeTruthy();
    expect(screen.getByText('3 sur 4 points applicables renseignés (75\u00a0%)', exact)).toBeTruthy();
    // The area title and the questions are rule-set text, shown in the assessment's language (English here).
    expect(screen.getByRole('link', { name: 'First area' })).toBeTruthy();
    const card = gapCard('Question two is met.');
    expect(within(card).getByText('Partiellement satisfait')).toBeTruthy();
    expect(within(card).getByText('31 mars 2027')).toBeTruthy();
    // French money: narrow no-break space between thousands, no-break space before the euro sign.
    expect(within(card).getAllByText('1\u202f000\u00a0€', exact).length).toBeGreaterThan(0);
    expect(within(card).getByText('ponctuel (500\u00a0€–2\u202f500\u00a0€)', exact)).toBeTruthy();
    fireEvent.click(within(card).getByText('Comment ce montant est-il calculé\u00a0?', exact));
    expect(within(card).getByText('1000/2000/5000 EUR (test house) × 50\u00a0% encore à faire', exact)).toBeTruthy();
    expect(within(card).getByRole('columnheader', { name: 'Base de calcul' })).toBeTruthy();
    expect(within(gapCard('Question three is met.')).getByRole('radiogroup', { name: 'Qui fait le travail\u00a0: Question three is met.' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Coût pour combler les écarts connus' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Si 1 point sans réponse s’avère être un écart' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Modifier les paramètres' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter le rapport PDF' })).toBeTruthy();
    expect(rawKeys()).toEqual([]);
    const text = document.body.textContent ?? '';
    for (const english of ['Gaps to close', 'Overall readiness', 'How is this calculated?', 'one-off', 'Known gaps', 'person-days']) expect(text).not.toContain(english);
  });

  it('shows the summary in German, with German money, dates and the cost basis', async () => {
    await changeLanguage('de');
    const id = await newTestAssessment(answers);
    renderScreen(`/a/${id}/summary`, routes);
    await screen.findByRole('heading', { name: 'Zusammenfassung', level: 2 });
    expect(screen.getByRole('heading', { name: 'Zu schließende Lücken' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Niedrige Priorität (2)' })).toBeTruthy();
    const card = gapCard('Question two is met.');
    expect(within(card).getByText('Teilweise erfüllt')).toBeTruthy();
    expect(within(card).getByText('31. März 2027')).toBeTruthy();
    expect(within(card).getAllByText('1.000\u00a0€', exact).length).toBeGreaterThan(0);
    fireEvent.click(within(card).getByText('Wie wird das berechnet?'));
    expect(within(card).getByText('1000/2000/5000 EUR (test house) × 50\u00a0% noch offen', exact)).toBeTruthy();
    const three = gapCard('Question three is met.');
    fireEvent.click(within(three).getByText('Wie wird das berechnet?'));
    expect(within(three).getByText('1/1/2 Personentage × 600 EUR/Tag')).toBeTruthy();
    expect(within(three).getByRole('checkbox', { name: 'Im Plan für dieses Jahr' })).toBeTruthy();
    expect(screen.getByText('Noch ist keine Lücke im Plan für dieses Jahr.', { exact: false })).toBeTruthy();
    expect(rawKeys()).toEqual([]);
    const text = document.body.textContent ?? '';
    for (const english of ['Gaps to close', 'Overall readiness', 'Deadlines that apply', 'one-off', 'person-days']) expect(text).not.toContain(english);
  });

  it('words the deadlines and the empty state in French, with plural forms', async () => {
    await changeLanguage('fr');
    const id = await newTestAssessment([]);
    renderScreen(`/a/${id}/summary`, routes);
    await screen.findByRole('heading', { name: 'Aucune réponse pour l’instant' });
    expect(screen.getByText(/^4 points de la liste de contrôle s’appliquent à ce profil\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Commencer la liste de contrôle' })).toBeTruthy();
    const items = within(screen.getByRole('region', { name: 'Échéances applicables' })).getAllByRole('listitem');
    expect(within(items[0]!).getByText('Passée, toujours pertinente')).toBeTruthy();
    expect(items[0]!.textContent).toMatch(/passée depuis \d[\d\u202f]* jours\u00a0; l’obligation s’applique toujours/);
    expect(items[1]!.textContent).toMatch(/dans environ \d[\d\u202f]* mois/);
    expect(items[1]!.textContent).toContain('A duty far in the future');
  });
});
