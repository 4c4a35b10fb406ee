// The action-plan CSV: opens in spreadsheets with accents intact and formulas neutralised.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildActionPlanCsv, csvCell, utf8Bom } from '../../src/domain/action-plan-csv';
import { answerSchema, type AnswerInput } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { defaultSettings } from '../../src/domain/settings';
import { textIn } from '../../src/domain/text';
import { loadAssessmentFile } from '../../src/cli/load-assessment';
import { makeProfile } from '../../src/domain/profile';
import { settingsSchema } from '../../src/domain/settings';
import { smallRuleSet } from './small-rule-set';

const settings = settingsSchema.parse({ internalDayRate: 500 });
const profile = makeProfile({ companyName: 'Société Générale d’Équipements', deviceClasses: ['IIa'], deviceFamilies: 3 });

function csvFor(answers: AnswerInput[]): string[][] {
  const e = evaluate(smallRuleSet, { profile, answers: answersById(answers.map((a) => answerSchema.parse(a))) }, settings, '2026-11-23');
  const text = buildActionPlanCsv(e, 'en');
  expect(text.startsWith(utf8Bom)).toBe(true);
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

describe('action plan CSV', () => {
  it('lists each gap with owner, due date, priority, references and cost', () => {
    const rows = csvFor([
      { itemId: 'org.prrc', status: 'partial', owner: 'Zoë Müller', dueDate: '2027-01-31' },
      { itemId: 'docs.file', status: 'not_met', owner: 'Jérôme', dueDate: '2027-03-01' },
      { itemId: 'docs.sscp', status: 'met' },
    ]);
    expect(rows[0]).toContain('Owner');
    expect(rows).toHaveLength(3);
    const file = rows.find((r) => r[2] === 'docs.file')!;
    expect(file).toEqual(expect.arrayContaining(['High', 'Major', 'Jérôme', '2027-03-01', 'MDR Annex II §1.1', '36000']));
    const prrc = rows.find((r) => r[2] === 'org.prrc')!;
    expect(prrc).toContain('Zoë Müller');
    expect(prrc).toContain('Partly met');
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTAB', "'\tTAB"],
    ['line1\nline2, "quoted"; more', 'line1\nline2, "quoted"; more'],
    ['Größenänderung für Prüfungen — « test » ≥ 5 €', 'Größenänderung für Prüfungen — « test » ≥ 5 €'],
  ])('keeps the hostile or accented cell %j as text', (hostile, expected) => {
    const rows = csvFor([{ itemId: 'org.prrc', status: 'not_met', note: hostile, owner: hostile }]);
    const row = rows[1]!;
    expect(row[row.length - 1]).toBe(expected);
    expect(row[7]).toBe(expected);
  });

  it('does not alter negative numbers written as numbers', () => {
    expect(csvCell(-5)).toBe('"-5"');
  });

  it('speaks the assessment’s language: French header, words and rule text, same figures and references', () => {
    const loaded = loadAssessmentFile('tests/fixtures/assessment-class-iia.json');
    if (!loaded.ok) throw new Error(loaded.error);
    const e = evaluate(loaded.ruleSet, loaded.state, defaultSettings, '2026-11-23');
    expect(e.gaps.length).toBeGreaterThan(1);
    const text = buildActionPlanCsv(e, 'fr');
    expect(text.startsWith(utf8Bom)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [head, ...rows] = parse(text.slice(1), { relax_column_count: false }) as string[][];
    expect(head).toEqual([
      'Priorité',
      'Domaine',
      'Identifiant',
      'Exigence',
      'Statut',
      'Gravité',
      'Références',
      'Responsable',
      'Date prévue',
      'Au plan',
      'Réalisation',
      'Ponctuel bas (EUR)',
      'Ponctuel probable (EUR)',
      'Ponctuel haut (EUR)',
      'Annuel probable (EUR)',
      'Remarque',
    ]);
    expect(rows).toHaveLength(e.gaps.length);
    const english = parse(buildActionPlanCsv(e, 'en').slice(1)) as string[][];
    e.gaps.forEach((g, i) => {
      const row = rows[i]!;
      const ev = g.evaluated;
      expect(row[0]).toBe({ high: 'Haute', medium: 'Moyenne', low: 'Basse' }[g.priority]);
      expect(row[2]).toBe(ev.item.id);
      expect(row[3]).toBe(textIn(ev.item.question, 'fr'));
      expect(row[4]).toBe({ partial: 'Partiellement satisfait', not_met: 'Non satisfait' }[ev.status as 'partial' | 'not_met']);
      expect(row[5]).toBe({ critical: 'Critique', major: 'Majeure', minor: 'Mineure' }[ev.item.severity]);
      expect(['oui', 'non']).toContain(row[9]);
      expect(['en interne', 'externalisé']).toContain(row[10]);
      // References, ids, dates and amounts are the same in every language.
      expect([row[2], row[6], row[8], ...row.slice(11, 15)]).toEqual([english[i + 1]![2], english[i + 1]![6], english[i + 1]![8], ...english[i + 1]!.slice(11, 15)]);
    });
    // The rule set's French text is there, accents intact.
    expect(rows.some((r) => /[éèàç]/.test(r[3]!))).toBe(true);
  });
});
