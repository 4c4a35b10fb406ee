// evaluate(): applicability, readiness, gaps and cost, checked against hand-worked figures.
import { describe, expect, it } from 'vitest';
import { answerSchema, type AnswerInput } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile, type ProfileInput } from '../../src/domain/profile';
import { settingsSchema } from '../../src/domain/settings';
import { smallRuleSet } from './small-rule-set';

const settings = settingsSchema.parse({ internalDayRate: 500, externalDayRate: 1000, partialCredit: 0.5 });
const manufacturer: ProfileInput = { companyName: 'Acme', roles: ['manufacturer'], deviceClasses: ['IIa'], deviceFamilies: 3 };

function run(profile: ProfileInput, answers: AnswerInput[] = [], asOf = '2026-11-23') {
  return evaluate(smallRuleSet, { profile: makeProfile(profile), answers: answersById(answers.map((a) => answerSchema.parse(a))) }, settings, asOf);
}

describe('applicability', () => {
  it('shows a class IIa manufacturer only the items whose conditions hold', () => {
    const e = run(manufacturer);
    expect(e.items.map((i) => i.item.id)).toEqual(['org.prrc', 'docs.file']);
    expect(e.excludedCount).toBe(2);
  });

  it('adds importer duties only for a firm that imports', () => {
    expect(run({ ...manufacturer, roles: ['manufacturer', 'importer'] }).items.map((i) => i.item.id)).toContain('org.importer');
    expect(run({ ...manufacturer, roles: ['distributor'] }).items.map((i) => i.item.id)).toEqual([]);
  });

  it('asks for an SSCP for implantable or class III devices only', () => {
    expect(run({ ...manufacturer, implantable: true }).items.map((i) => i.item.id)).toContain('docs.sscp');
    expect(run({ ...manufacturer, deviceClasses: ['I', 'III'] }).items.map((i) => i.item.id)).toContain('docs.sscp');
    expect(run({ ...manufacturer, deviceClasses: ['IIb'] }).items.map((i) => i.item.id)).not.toContain('docs.sscp');
  });
});

describe('readiness', () => {
  it('weights answered items by severity and counts unanswered items apart', () => {
    // prrc critical (3) met = 3; file major (2) partial = 2 × 0.5 = 1 → 4 / 5 = 0.8.
    const e = run(manufacturer, [
      { itemId: 'org.prrc', status: 'met' },
      { itemId: 'docs.file', status: 'partial' },
    ]);
    expect(e.overall.readiness).toBeCloseTo(0.8, 10);
    expect(e.overall.progress).toBe(1);
    expect(e.areas.find((a) => a.area.id === 'docs')!.readiness).toBeCloseTo(0.5, 10);
  });

  it('leaves not-applicable and unanswered items out of the score', () => {
    const e = run(manufacturer, [{ itemId: 'org.prrc', status: 'not_met' }]);
    expect(e.overall.readiness).toBe(0);
    expect(e.overall.counts).toMatchObject({ applicable: 2, not_met: 1, unanswered: 1 });
    expect(e.overall.progress).toBe(0.5);
    const na = run(manufacturer, [
      { itemId: 'org.prrc', status: 'met' },
      { itemId: 'docs.file', status: 'not_applicable', naReason: 'no devices yet' },
    ]);
    expect(na.overall.readiness).toBe(1);
  });

  it('has no readiness figure before anything is answered', () => {
    expect(run(manufacturer).overall.readiness).toBeNull();
  });
});

describe('cost', () => {
  it('scales per device family and credits a partly met item', () => {
    const e = run(manufacturer, [{ itemId: 'docs.file', status: 'partial' }]);
    const file = e.items.find((i) => i.item.id === 'docs.file')!;
    // internal: [10, 20, 40] days × 500 × 3 families × 0.5 = [7500, 15000, 30000]
    // testing:  [1000, 2000, 4000] × 3 × 0.5 = [1500, 3000, 6000]
    expect(file.cost.oneOff).toEqual([9000, 18000, 36000]);
    expect(file.cost.lines[0]!.basis).toBe('10/20/40 person-days × 500 EUR/day × 3 device families × 50% remaining');
    expect(e.cost.gaps.oneOff.likely).toBe(18000);
  });

  it('keeps recurring yearly costs apart from one-off costs', () => {
    const e = run(manufacturer, [{ itemId: 'org.prrc', status: 'not_met' }]);
    expect(e.cost.gaps.oneOff).toMatchObject({ low: 1000, likely: 2500, high: 5000 });
    expect(e.cost.gaps.yearly).toMatchObject({ low: 4000, likely: 8000, high: 15000 });
    expect(e.cost.byKind.find((k) => k.kind === 'consulting')!.yearly.likely).toBe(8000);
    expect(e.cost.byKind.find((k) => k.kind === 'internal')!.oneOff.likely).toBe(2500);
  });

  it('costs nothing for met and not-applicable items, and reports unanswered items apart', () => {
    const e = run(manufacturer, [
      { itemId: 'org.prrc', status: 'met' },
      { itemId: 'docs.file', status: 'not_applicable' },
    ]);
    expect(e.cost.gaps.oneOff.likely).toBe(0);
    expect(e.cost.unanswered.oneOff.likely).toBe(0);
    const open = run(manufacturer);
    expect(open.cost.gaps.oneOff.likely).toBe(0);
    // prrc 2500 + file (20 × 500 + 2000) × 3 = 36000 → 38500
    expect(open.cost.unanswered.oneOff.likely).toBe(38500);
  });

  it('prices outsourced internal days at the external day rate', () => {
    const inHouse = run(manufacturer, [{ itemId: 'org.prrc', status: 'not_met' }]);
    const outsourced = run(manufacturer, [{ itemId: 'org.prrc', status: 'not_met', sourcing: 'outsourced' }]);
    expect(inHouse.cost.gaps.oneOff.likely).toBe(2500);
    expect(outsourced.cost.gaps.oneOff.likely).toBe(5000);
    expect(outsourced.items[0]!.cost.lines[0]!.kind).toBe('consulting');
  });

  it('sums the plan from gaps marked in plan', () => {
    const e = run(manufacturer, [
      { itemId: 'org.prrc', status: 'not_met', inPlan: true },
      { itemId: 'docs.file', status: 'not_met' },
    ]);
    expect(e.cost.plan.oneOff.likely).toBe(2500);
    expect(e.cost.gaps.oneOff.likely).toBe(2500 + 36000);
  });

  it('converts external euro figures into the chosen currency', () => {
    const chf = settingsSchema.parse({ currency: 'CHF', currencyPerEur: 0.95, internalDayRate: 500 });
    const e = evaluate(smallRuleSet, { profile: makeProfile(manufacturer), answers: answersById([answerSchema.parse({ itemId: 'org.prrc', status: 'not_met' })]) }, chf, '2026-11-23');
    expect(e.currency).toBe('CHF');
    expect(e.cost.gaps.yearly.likely).toBeCloseTo(8000 * 0.95, 6);
  });

  it('lists the largest gaps as top cost drivers', () => {
    const e = run(manufacturer, [
      { itemId: 'org.prrc', status: 'not_met' },
      { itemId: 'docs.file', status: 'not_met' },
    ]);
    expect(e.cost.topDrivers.map((d) => d.itemId)).toEqual(['docs.file', 'org.prrc']);
  });
});

describe('gaps and deadlines', () => {
  it('orders gaps by severity, remaining share and deadline urgency', () => {
    const e = run(manufacturer, [
      { itemId: 'org.prrc', status: 'partial' },
      { itemId: 'docs.file', status: 'not_met' },
    ]);
    // prrc: 3 × 0.5 = 1.5 (medium); file: 2 × 1 × 1.5 (deadline within a year) = 3 (high).
    expect(e.gaps.map((g) => [g.evaluated.item.id, g.priority, g.priorityScore])).toEqual([
      ['docs.file', 'high', 3],
      ['org.prrc', 'medium', 1.5],
    ]);
  });

  it('lists only the deadlines that apply, with days left', () => {
    const e = run(manufacturer, [], '2027-02-27');
    expect(e.deadlines.map((d) => [d.deadline.id, d.daysLeft, d.passed])).toEqual([['soon', 2, false]]);
    const legacy = run({ ...manufacturer, transition: 'legacy' }, [], '2027-03-02');
    expect(legacy.deadlines.map((d) => [d.deadline.id, d.passed])).toEqual([
      ['soon', true],
      ['later', false],
    ]);
  });

  it('keeps answers to items that are not in the rule set as archived', () => {
    const e = run(manufacturer, [{ itemId: 'old.removed-item', status: 'met', note: 'kept' }]);
    expect(e.archivedAnswers.map((a) => a.itemId)).toEqual(['old.removed-item']);
  });
});
