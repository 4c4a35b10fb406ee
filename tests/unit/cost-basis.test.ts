// The words of a cost line's basis in English, French and German, from the numbers kept on the line.
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { basisNumberFormat, describeCostBasis, estimateItemCost, type CostBasisTerms } from '../../src/domain/cost';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile } from '../../src/domain/profile';
import { itemSchema } from '../../src/domain/rule-set';
import { defaultSettings } from '../../src/domain/settings';
import { smallRuleSet } from './small-rule-set';

const days = (over: Partial<Extract<CostBasisTerms, { source: 'days' }>> = {}): { terms: CostBasisTerms } => ({
  terms: { source: 'days', days: [10, 20, 40], dayRate: 500, outsourced: false, currency: 'EUR', scale: 'deviceFamily', multiplier: 3, fraction: 0.5, ...over },
});
const external = (over: Partial<Extract<CostBasisTerms, { source: 'external' }>> = {}): { terms: CostBasisTerms } => ({
  terms: { source: 'external', eur: [1000, 2000, 5000], note: 'test house', currencyPerEur: 1, currency: 'EUR', scale: 'company', multiplier: 1, fraction: 1, ...over },
});

describe('cost basis in words', () => {
  it('writes person-days, day rate, scale and the share left in each language', () => {
    expect(describeCostBasis(days(), 'en')).toBe('10/20/40 person-days × 500 EUR/day × 3 device families × 50% remaining');
    expect(describeCostBasis(days(), 'fr')).toBe('10/20/40 jours-personne × 500 EUR/jour × 3 familles de dispositifs × 50\u00a0% encore à faire');
    expect(describeCostBasis(days(), 'de')).toBe('10/20/40 Personentage × 500 EUR/Tag × 3 Produktfamilien × 50\u00a0% noch offen');
  });

  it('says when the consultant rate is used because the work is outsourced', () => {
    const line = days({ outsourced: true, dayRate: 1100, scale: 'company', multiplier: 1, fraction: 1 });
    expect(describeCostBasis(line, 'en')).toBe('10/20/40 person-days × 1100 EUR/day (outsourced)');
    expect(describeCostBasis(line, 'fr')).toBe('10/20/40 jours-personne × 1100 EUR/jour (externalisé)');
    expect(describeCostBasis(line, 'de')).toBe('10/20/40 Personentage × 1100 EUR/Tag (extern vergeben)');
  });

  it('uses the singular for one device family or technical file in French and German', () => {
    // English keeps the wording it always had, so reports made before and after read the same.
    expect(describeCostBasis(days({ multiplier: 1, fraction: 1 }), 'en')).toBe('10/20/40 person-days × 500 EUR/day × 1 device family');
    expect(describeCostBasis(days({ multiplier: 1, fraction: 1 }), 'fr')).toBe('10/20/40 jours-personne × 500 EUR/jour × 1 famille de dispositifs');
    expect(describeCostBasis(days({ scale: 'technicalFile', multiplier: 1, fraction: 1 }), 'de')).toBe(
      '10/20/40 Personentage × 500 EUR/Tag × 1 technische Dokumentation',
    );
    expect(describeCostBasis(days({ scale: 'technicalFile', multiplier: 2, fraction: 1 }), 'fr')).toBe(
      '10/20/40 jours-personne × 500 EUR/jour × 2 documentations techniques',
    );
  });

  it('writes external spend in euros with the rule set’s note and the currency conversion', () => {
    const chf = external({ currency: 'CHF', currencyPerEur: 0.95, fraction: 0.25 });
    expect(describeCostBasis(chf, 'en')).toBe('1000/2000/5000 EUR (test house) × 0.95 CHF/EUR × 25% remaining');
    expect(describeCostBasis(chf, 'fr')).toBe('1000/2000/5000 EUR (test house) × 0,95 CHF/EUR × 25\u00a0% encore à faire');
    expect(describeCostBasis(chf, 'de')).toBe('1000/2000/5000 EUR (test house) × 0,95 CHF/EUR × 25\u00a0% noch offen');
    expect(describeCostBasis(external({ note: undefined }), 'de')).toBe('1000/2000/5000 EUR');
  });

  it('writes fractional figures with the language’s decimal sign and at most two decimals', () => {
    const line = days({ days: [0.5, 1.25, 2], scale: 'company', multiplier: 1, fraction: 2 / 3 });
    expect(describeCostBasis(line, 'en')).toBe('0.5/1.25/2 person-days × 500 EUR/day × 66.67% remaining');
    expect(describeCostBasis(line, 'de')).toBe('0,5/1,25/2 Personentage × 500 EUR/Tag × 66,67\u00a0% noch offen');
    expect(basisNumberFormat('fr')(12400)).toBe('12400');
  });

  it('takes a number format of the caller’s, e.g. with thousands grouping', () => {
    const grouped = new Intl.NumberFormat('de-DE').format;
    expect(describeCostBasis(external({ eur: [1000, 2000, 15000] }), 'de', grouped)).toBe('1.000/2.000/15.000 EUR (test house)');
  });

  it('keeps the English basis on every line of an evaluation, identical to describeCostBasis', () => {
    const profile = makeProfile({ companyName: 'Acme', deviceClasses: ['III'], implantable: true, roles: ['manufacturer', 'importer'], deviceFamilies: 2 });
    const ids = smallRuleSet.areas.flatMap((a) => a.items.map((i) => i.id));
    const answers = answersById(ids.map((id) => answerSchema.parse({ itemId: id, status: 'partial' })));
    const lines = evaluate(smallRuleSet, { profile, answers }, defaultSettings, '2026-11-23').items.flatMap((i) => i.cost.lines);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.basis).toBe(describeCostBasis(l, 'en'));
  });

  it('keeps the numbers of the estimate on the line', () => {
    const item = itemSchema.parse({
      id: 'x.one',
      question: 'Q',
      guidance: 'G',
      refs: ['MDR Art. 10(1)'],
      severity: 'major',
      cost: { scale: 'technicalFile', oneOff: { internalDays: [1, 2, 3], external: [{ kind: 'testing', eur: [100, 200, 300] }] } },
    });
    const settings = { ...defaultSettings, currency: 'CHF', currencyPerEur: 0.95 };
    const est = estimateItemCost(item, makeProfile({ companyName: 'Acme', technicalFiles: 4 }), settings, 'not_met', 'outsourced');
    expect(est.lines.map((l) => l.terms)).toEqual([
      { source: 'days', days: [1, 2, 3], dayRate: settings.externalDayRate, outsourced: true, currency: 'CHF', scale: 'technicalFile', multiplier: 4, fraction: 1 },
      { source: 'external', eur: [100, 200, 300], note: undefined, currencyPerEur: 0.95, currency: 'CHF', scale: 'technicalFile', multiplier: 4, fraction: 1 },
    ]);
    expect(est.lines[1]!.basis).toBe('100/200/300 EUR × 0.95 CHF/EUR × 4 technical files');
  });
});
