// Comparing an assessment with an earlier snapshot: hand-worked readiness, gap and cost changes.
import { describe, expect, it } from 'vitest';
import { answerSchema, type AnswerInput } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile, type ProfileInput } from '../../src/domain/profile';
import { settingsSchema } from '../../src/domain/settings';
import { compareEvaluations } from '../../src/domain/snapshot-compare';
import { smallRuleSet } from './small-rule-set';

const settings = settingsSchema.parse({ internalDayRate: 500, partialCredit: 0.5 });
const manufacturer: ProfileInput = { companyName: 'Acme', deviceClasses: ['IIa'], deviceFamilies: 1 };
const ev = (answers: AnswerInput[], profile: ProfileInput = manufacturer) =>
  evaluate(smallRuleSet, { profile: makeProfile(profile), answers: answersById(answers.map((a) => answerSchema.parse(a))) }, settings, '2026-11-23');

describe('snapshot comparison', () => {
  const then = ev([
    { itemId: 'org.prrc', status: 'not_met' },
    { itemId: 'docs.file', status: 'not_met' },
  ]);
  const now = ev([
    { itemId: 'org.prrc', status: 'met' },
    { itemId: 'docs.file', status: 'partial' },
  ]);
  const c = compareEvaluations(then, now);

  it('reports readiness then and now, overall and per area', () => {
    // then: 0; now: (3 × 1 + 2 × 0.5) / 5 = 0.8
    expect(c.overall).toEqual({ then: 0, now: 0.8, delta: 0.8 });
    expect(c.areas).toEqual([
      { areaId: 'org', then: 0, now: 1, delta: 1 },
      { areaId: 'docs', then: 0, now: 0.5, delta: 0.5 },
    ]);
  });

  it('lists gaps closed and gaps improved', () => {
    expect(c.closed.map((i) => i.itemId)).toEqual(['org.prrc']);
    expect(c.improved.map((i) => i.itemId)).toEqual(['docs.file']);
    expect(c.opened).toEqual([]);
  });

  it('reports the cost estimate then and now', () => {
    // then: prrc 2500 + file (20 × 500 + 2000) = 14500 likely; now: file half = 6000.
    expect(then.cost.gaps.oneOff.likely).toBe(14500);
    expect(now.cost.gaps.oneOff.likely).toBe(6000);
    expect(c.cost.oneOffP50.delta).toBeLessThan(0);
    expect(c.cost.oneOffP50.then).toBeCloseTo(then.cost.gaps.oneOff.p50, 6);
    // The yearly PRRC service (8000 likely) is no longer needed once the PRRC item is met.
    expect(c.cost.yearlyP50.now).toBe(0);
  });

  it('lists gaps opened, including items that a profile change brought in', () => {
    const later = ev(
      [
        { itemId: 'org.prrc', status: 'met' },
        { itemId: 'docs.file', status: 'met' },
        { itemId: 'org.importer', status: 'not_met' },
      ],
      { ...manufacturer, roles: ['manufacturer', 'importer'] },
    );
    const d = compareEvaluations(now, later);
    expect(d.opened).toEqual([{ itemId: 'org.importer', areaId: 'org', then: 'unanswered', now: 'not_met' }]);
    expect(d.closed.map((i) => i.itemId)).toEqual(['docs.file']);
  });
});
