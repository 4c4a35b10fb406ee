// buildReportModel(): what the PDF gap report says, worked out from the same Evaluation as the screens.
import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../src/domain/answer';
import { buildReportModel, reportFileName, reportFormatters } from '../../src/domain/report-model';
import { settingsSchema } from '../../src/domain/settings';
import { allGapAnswers, evaluateWith, manufacturerProfile, metaFor, syntheticRuleSet } from '../fixtures/report-fixtures';
import { smallRuleSet } from './small-rule-set';

const settings = settingsSchema.parse({ internalDayRate: 500, externalDayRate: 1000, partialCredit: 0.5 });
const profile = { companyName: 'Acme', roles: ['manufacturer' as const], deviceClasses: ['IIa' as const], deviceFamilies: 3 };

function small(answers: AnswerInput[] = [], over = {}) {
  const e = evaluateWith(smallRuleSet, profile, answers, settings);
  return { e, m: buildReportModel(e, metaFor(profile, over)) };
}

// Intl puts narrow no-break spaces in French and German figures; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('formats money in the currency and the language of the report', () => {
    expect(reportFormatters('EUR', 'en').money(12345.6)).toBe('€12,346');
    expect(plain(reportFormatters('EUR', 'fr').money(12345.6))).toBe('12 346 €');
    expect(plain(reportFormatters('EUR', 'de').money(12345.6))).toBe('12.346 €');
    expect(reportFormatters('CHF', 'en').money(900)).toMatch(/^CHF\s?900$/);
  });

  it('still prints figures for a currency code Intl does not know', () => {
    expect(reportFormatters('XQZ', 'en').money(1500)).toMatch(/1,500/);
  });

  it('rounds figures in sentences to three significant digits, not in tables', () => {
    const f = reportFormatters('EUR', 'en');
    expect(f.roughMoney(487_404)).toBe('€487,000');
    expect(f.roughMoney(26_629)).toBe('€26,600');
    expect(f.roughMoney(8_642)).toBe('€8,640');
    expect(f.roughMoney(640)).toBe('€640');
    expect(f.money(487_404)).toBe('€487,404');
  });

  it('shows a range as one figure when low and high are the same', () => {
    const f = reportFormatters('EUR', 'en');
    expect(f.moneyRange(1000, 1000)).toBe('€1,000');
    expect(f.moneyRange(1000, 2500)).toBe('€1,000 – €2,500');
  });

  it('names the file after the company and date in plain ASCII', () => {
    expect(reportFileName("Société Générale d'Équipements Médicaux", '2026-11-23T09:30:00Z')).toBe('MDR-gap-report-Societe-Generale-d-Equipements-Medicaux-2026-11-23.pdf');
    expect(reportFileName('Größe & Œuvre GmbH', '2026-01-02T00:00:00Z')).toBe('MDR-gap-report-Grosse-OEuvre-GmbH-2026-01-02.pdf');
    expect(reportFileName('   ', 'not a date')).toBe('MDR-gap-report-assessment-undated.pdf');
  });
});

describe('cover and summary', () => {
  it('puts the company, device, classes, assessor and rule set on the cover', () => {
    const { m } = small([], { deviceClasses: ['IIa', 'IIb'] });
    const fields = Object.fromEntries(m.cover.fields.map((f) => [f.label, f.value]));
    expect(fields).toMatchObject({
      Company: 'Acme',
      Device: 'Not named',
      'Device classes': 'Class IIa, Class IIb',
      'Assessed by': 'Claire Weber (HealthTech cluster)',
      'Report date': '23 Nov 2026',
    });
    expect(fields['Rule set']).toBe('test-rules version 1.0.0, content current to 23 Nov 2026');
    expect(m.header).toEqual({ left: 'Acme', right: 'MDR gap report · 23 Nov 2026' });
  });

  it('states the cost of the known gaps as P10, P50 and P90, the same figures the evaluation holds', () => {
    const { e, m } = small([
      { itemId: 'org.prrc', status: 'not_met' },
      { itemId: 'docs.file', status: 'partial' },
    ]);
    const f = reportFormatters('EUR', 'en');
    const c = e.cost.gaps;
    expect(m.summary.cost.rows).toEqual([
      ['Known gaps, one-off', f.money(c.oneOff.p10), f.money(c.oneOff.p50), f.money(c.oneOff.p90)],
      ['Known gaps, per year', f.money(c.yearly.p10), f.money(c.yearly.p50), f.money(c.yearly.p90)],
    ]);
    expect(c.oneOff.p50).toBeGreaterThan(0);
    expect(m.summary.keyPoints.join(' ')).toContain(`about ${f.roughMoney(c.oneOff.p50)} once`);
  });

  it('counts gaps by severity and priority', () => {
    const { m } = small([
      { itemId: 'org.prrc', status: 'not_met' },
      { itemId: 'docs.file', status: 'partial' },
    ]);
    expect(m.summary.gapsBySeverity).toEqual([
      { severity: 'critical', label: 'Critical', count: 1 },
      { severity: 'major', label: 'Major', count: 1 },
      { severity: 'minor', label: 'Minor', count: 0 },
    ]);
    expect(m.summary.gapMatrix.foot).toEqual(['All', '1', '1', '0', '2']);
    expect(m.summary.figures.find((x) => x.label === 'Open gaps')!.value).toBe('2');
  });

  it('names the nearest deadline still ahead, not one that has passed', () => {
    const { m } = small();
    // 'soon' (2027-03-01) applies to firms that need a notified body; 98 days after 2026-11-23.
    expect(m.summary.nextDeadline).toMatchObject({ date: '1 Mar 2027', when: 'in 98 days', title: 'A deadline within a year' });
  });

  it('explains an empty assessment instead of printing zero readiness', () => {
    const { e, m } = small();
    expect(m.summary.readiness.text).toBe('–');
    expect(m.gapSections).toEqual([]);
    expect(m.noGapsText).toMatch(/no requirement has been answered/);
    expect(m.summary.keyPoints[0]).toMatch(/None of the 2 requirements that apply has been answered yet/);
    // What the open items could cost is still shown, apart from the known gaps.
    const u = e.cost.unanswered;
    const f = reportFormatters('EUR', 'en');
    expect(u.oneOff.p50).toBeGreaterThan(0);
    expect(m.summary.cost.rows.slice(2)).toEqual([
      ['If the 2 unanswered are gaps, one-off', f.money(u.oneOff.p10), f.money(u.oneOff.p50), f.money(u.oneOff.p90)],
      ['If the 2 unanswered are gaps, per year', f.money(u.yearly.p10), f.money(u.yearly.p50), f.money(u.yearly.p90)],
    ]);
  });
});

describe('gaps', () => {
  const rs = syntheticRuleSet(40, 5);
  const e = evaluateWith(rs, manufacturerProfile, allGapAnswers(rs));
  const m = buildReportModel(e, metaFor(manufacturerProfile));

  it('lists every gap once, high priority first, areas in rule-set order', () => {
    const listed = m.gapSections.flatMap((s) => s.areas.flatMap((a) => a.gaps.map((g) => g.itemId)));
    expect(listed.sort()).toEqual(e.gaps.map((g) => g.evaluated.item.id).sort());
    const priorities = m.gapSections.map((s) => s.priority);
    expect(priorities).toEqual(['high', 'medium', 'low'].filter((p) => priorities.includes(p as never)));
    const areaIds = rs.areas.map((a) => a.id);
    for (const s of m.gapSections) {
      const order = s.areas.map((a) => areaIds.indexOf(a.areaId));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(s.count).toBe(s.areas.reduce((n, a) => n + a.gaps.length, 0));
    }
  });

  it('gives each gap its question, references, recommended action, owner, due date and cost with its basis', () => {
    const g = m.gapSections.flatMap((s) => s.areas.flatMap((a) => a.gaps)).find((x) => x.itemId === 'area1.item-1')!;
    const item = rs.areas[0]!.items[0]!;
    expect(g.question).toBe(item.question);
    expect(g.refs).toEqual(item.refs);
    expect(g.action).toBe(item.guidance);
    expect(g.owner).toBe('CEO');
    expect(g.due).toBe('1 Jan 2027');
    const ev = e.items.find((x) => x.item.id === 'area1.item-1')!;
    const f = reportFormatters('EUR', 'en');
    expect(g.costText[0]).toBe(`${f.money(ev.cost.oneOff[1])} one-off (range ${f.moneyRange(ev.cost.oneOff[0], ev.cost.oneOff[2])})`);
    expect(g.costText[1]).toContain('per year');
    expect(g.costBasis.some((b) => b.includes(ev.cost.lines[0]!.basis))).toBe(true);
    expect(g.legalDeadline).toMatch(/^1 Mar 2027, in 98 days: A deadline within the year$/);
  });

  it('orders the action plan by due date with undated gaps last', () => {
    const dues = m.actionPlan.rows.map((r) => r[0]);
    const firstUndated = dues.indexOf('No date');
    expect(firstUndated).toBeGreaterThan(0);
    expect(dues.slice(firstUndated).every((d) => d === 'No date')).toBe(true);
    const dated = e.gaps.map((g) => g.evaluated.answer!.dueDate).filter(Boolean).sort();
    const f = reportFormatters('EUR', 'en');
    expect(dues.slice(0, firstUndated)).toEqual(dated.map((d) => f.date(d)));
    expect(m.actionPlan.rows).toHaveLength(e.gaps.length);
  });

  it('breaks the cost down by area and kind with the overall total in the footer', () => {
    const f = reportFormatters('EUR', 'en');
    expect(m.costs.byArea.rows.map((r) => r[0])).toEqual(rs.areas.map((a) => a.title as string));
    expect(m.costs.byArea.foot![2]).toBe(f.money(e.cost.gaps.oneOff.p50));
    expect(m.costs.byKind.rows.map((r) => r[0])).toEqual(['Internal effort', 'Notified body', 'Testing']);
    expect(m.costs.topDrivers!.rows).toHaveLength(10);
    expect(m.costs.topDrivers!.rows[0]![2]).toBe(f.money(e.cost.topDrivers[0]!.oneOffLikely));
  });

  it('lists the requirements under revision with their note', () => {
    expect(m.underRevision.map((u) => u.itemId)).toEqual(e.items.filter((i) => i.item.underRevision).map((i) => i.item.id));
    expect(m.underRevision[0]!.note).toMatch(/A proposal of December 2025/);
  });
});

describe('assumptions and appendix', () => {
  it('states the rule set, settings and that the figures are estimates and not legal advice', () => {
    const { m } = small([{ itemId: 'org.prrc', status: 'not_met' }]);
    const values = Object.fromEntries([...m.assumptions.ruleSet, ...m.assumptions.settings].map((r) => [r.label, r.value]));
    expect(values).toMatchObject({
      'Identifier and version': 'test-rules 1.0.0',
      'Content current to': '23 Nov 2026',
      Currency: 'EUR',
      'Internal day rate': '€500 per person-day',
      'External consultant day rate': '€1,000 per day',
      'Credit for a partly met requirement': '50% of its weight; 50% of its cost remains',
    });
    const text = m.assumptions.paragraphs.map((p) => `${p.title}: ${p.text}`).join('\n');
    expect(text).toMatch(/planning estimate/);
    expect(text).toMatch(/not legal advice/);
    expect(text).toMatch(/2 requirements of the rule set do not apply/);
  });

  it('states a converted currency and its rate', () => {
    const e = evaluateWith(smallRuleSet, profile, [], settingsSchema.parse({ currency: 'CHF', currencyPerEur: 0.94 }));
    const m = buildReportModel(e, metaFor(profile));
    expect(m.assumptions.settings[0]!.value).toBe('CHF, converted at 0.94 CHF per EUR');
  });

  it('lists every applicable item with its status, note and evidence; adviser notes only on request', () => {
    const answers: AnswerInput[] = [
      { itemId: 'org.prrc', status: 'met', evidence: 'Letter of appointment', note: 'Signed\r\nby the CEO', adviserNote: 'Check the CV' },
      { itemId: 'docs.file', status: 'not_applicable', naReason: 'No devices on the market yet' },
    ];
    const { e, m } = small(answers);
    const items = m.appendix.areas.flatMap((a) => a.items);
    expect(items.map((i) => i.itemId)).toEqual(e.items.map((i) => i.item.id));
    expect(items[0]).toMatchObject({ statusLabel: 'Met', evidence: 'Letter of appointment', note: 'Signed\nby the CEO', adviserNote: '' });
    expect(items[1]).toMatchObject({ statusLabel: 'Not applicable', naReason: 'No devices on the market yet' });
    const withAdviser = buildReportModel(e, metaFor(profile, { includeAdviserNotes: true }));
    expect(withAdviser.appendix.areas[0]!.items[0]!.adviserNote).toBe('Check the CV');
  });

  it('writes area titles and questions in the report language when the rule set has them', () => {
    const rs = syntheticRuleSet(3, 1);
    rs.areas[0]!.title = { en: 'Organisation', fr: 'Organisation de l’entreprise', de: 'Organisation des Unternehmens' };
    rs.areas[0]!.items[0]!.question = { en: 'A PRRC is named.', fr: 'Une PRRC est désignée.' };
    const e = evaluateWith(rs, manufacturerProfile, [{ itemId: rs.areas[0]!.items[0]!.id, status: 'not_met' }]);
    const fr = buildReportModel(e, metaFor(manufacturerProfile, { language: 'fr' }));
    expect(fr.areaBars[0]!.title).toBe('Organisation de l’entreprise');
    expect(fr.gapSections[0]!.areas[0]!.gaps[0]!.question).toBe('Une PRRC est désignée.');
    expect(plain(fr.summary.cost.rows[0]![2]!)).toMatch(/ €$/);
    const de = buildReportModel(e, metaFor(manufacturerProfile, { language: 'de' }));
    expect(de.gapSections[0]!.areas[0]!.gaps[0]!.question).toBe('A PRRC is named.');
  });
});
