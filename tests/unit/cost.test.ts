// The cost model's statistics: PERT moments, closed-form quantiles against simulation, determinism, monotonicity.
import { describe, expect, it } from 'vitest';
import { answerSchema, answerStatuses } from '../../src/domain/answer';
import { answersById } from '../../src/domain/assessment';
import { pertMoments, seededRandom, simulateTotal, totalOf, type Range3 } from '../../src/domain/cost';
import { evaluate } from '../../src/domain/evaluate';
import { makeProfile } from '../../src/domain/profile';
import { defaultSettings } from '../../src/domain/settings';
import { smallRuleSet } from './small-rule-set';

describe('PERT moments', () => {
  it('matches the hand-worked mean and variance of [0, 3, 6]', () => {
    // alpha = beta = 3 → variance = 9 · 36 / 252 = 1.2857…
    const m = pertMoments([0, 3, 6]);
    expect(m.mean).toBe(3);
    expect(m.variance).toBeCloseTo(9 * 36 / 252, 12);
  });

  it('gives a point estimate no spread', () => {
    expect(pertMoments([5, 5, 5])).toEqual({ mean: 5, variance: 0 });
  });
});

describe('totals', () => {
  it('keeps P10 ≤ P50 ≤ P90 inside the range of the sum', () => {
    const ranges: Range3[] = [
      [1000, 2500, 5000],
      [9000, 12000, 20000],
      [0, 3000, 8000],
    ];
    const t = totalOf(ranges);
    expect(t.low).toBe(10000);
    expect(t.high).toBe(33000);
    expect(t.low).toBeLessThanOrEqual(t.p10);
    expect(t.p10).toBeLessThanOrEqual(t.p50);
    expect(t.p50).toBeLessThanOrEqual(t.p90);
    expect(t.p90).toBeLessThanOrEqual(t.high);
  });

  it('is not the sum of lows and highs: the total is narrower than the summed range', () => {
    const ranges: Range3[] = Array.from({ length: 20 }, () => [1000, 2000, 6000] as Range3);
    const t = totalOf(ranges);
    expect(t.p10).toBeGreaterThan(t.low);
    expect(t.p90).toBeLessThan(t.high);
  });

  it('agrees with a large seeded simulation within 3%', () => {
    const rand = seededRandom(7);
    const ranges: Range3[] = Array.from({ length: 60 }, () => {
      const low = Math.round(rand() * 5000);
      const likely = low + Math.round(rand() * 10000);
      return [low, likely, likely + Math.round(rand() * 40000)] as Range3;
    });
    const closed = totalOf(ranges);
    const sim = simulateTotal(ranges, 20000, 42);
    expect(closed.mean / sim.mean).toBeCloseTo(1, 1);
    for (const q of ['p10', 'p50', 'p90'] as const) expect(Math.abs(closed[q] - sim[q]) / sim[q]).toBeLessThan(0.03);
  });

  it('simulates deterministically for the same seed', () => {
    const ranges: Range3[] = [[1, 2, 9]];
    expect(simulateTotal(ranges, 500, 3)).toEqual(simulateTotal(ranges, 500, 3));
    expect(simulateTotal(ranges, 500, 3)).not.toEqual(simulateTotal(ranges, 500, 4));
  });
});

describe('monotonicity', () => {
  const profile = makeProfile({ companyName: 'Acme', deviceClasses: ['III'], implantable: true, roles: ['manufacturer', 'importer'] });
  const ids = smallRuleSet.areas.flatMap((a) => a.items.map((i) => i.id));

  it('never raises the total when a gap is closed', () => {
    const order = ['not_met', 'partial', 'met'] as const;
    for (const id of ids) {
      let previous = Infinity;
      for (const status of order) {
        const answers = ids.map((other) => answerSchema.parse({ itemId: other, status: other === id ? status : 'not_met' }));
        const t = evaluate(smallRuleSet, { profile, answers: answersById(answers) }, defaultSettings, '2026-11-23').cost.gaps;
        const total = t.oneOff.p50 + t.yearly.p50;
        expect(total).toBeLessThanOrEqual(previous);
        previous = total;
      }
    }
  });

  it('never costs less for a firm with more device families and technical files, for the same answers', () => {
    for (const status of answerStatuses) {
      const answers = answersById(ids.map((id) => answerSchema.parse({ itemId: id, status })));
      let previous = -Infinity;
      for (const n of [1, 2, 5, 20]) {
        const bigger = makeProfile({ ...profile, deviceFamilies: n, technicalFiles: n });
        const t = evaluate(smallRuleSet, { profile: bigger, answers }, defaultSettings, '2026-11-23').cost.gaps;
        expect(t.oneOff.p50).toBeGreaterThanOrEqual(previous);
        previous = t.oneOff.p50;
      }
    }
  });

  it('gives the same figures for the same input', () => {
    const answers = answersById(ids.map((id) => answerSchema.parse({ itemId: id, status: 'partial' })));
    const a = evaluate(smallRuleSet, { profile, answers }, defaultSettings, '2026-11-23');
    const b = evaluate(smallRuleSet, { profile, answers }, defaultSettings, '2026-11-23');
    expect(a.cost).toEqual(b.cost);
  });
});
