// The cost model: what closing each gap costs (internal effort and external spend), and the totals'
// P10/P50/P90 from PERT distributions. Documented in docs/cost-model.md.
import type { Answer, AnswerStatus } from './answer';
import { describeCostBasis, type CostBasisTerms } from './cost-basis';
import type { Profile } from './profile';
import type { CostKind, Item, ItemCost } from './rule-set';
import type { Settings } from './settings';

export type Range3 = readonly [low: number, likely: number, high: number];
export type Recurrence = 'oneOff' | 'yearly';

/** One term of an item's cost, already scaled, weighted and converted into the settings' currency. */
export interface CostLine {
  kind: CostKind;
  recurrence: Recurrence;
  range: Range3;
  /** The numbers the figure was made from; describeCostBasis() puts them into words in any language. */
  terms: CostBasisTerms;
  /**
   * How the figure was made, in English words, e.g. "10/20/40 person-days × 600 EUR/day × 3 device
   * families × 50% remaining" (describeCostBasis(line, 'en')).
   */
  basis: string;
}

export interface ItemCostEstimate {
  itemId: string;
  /** Share of a missing item's cost still to spend: 1 for not met, 1 − partial credit for partly met. */
  fraction: number;
  /** Scale factor from the profile: 1 per company, or the number of device families / technical files. */
  multiplier: number;
  scale: ItemCost['scale'];
  sourcing: Answer['sourcing'];
  lines: CostLine[];
  oneOff: Range3;
  yearly: Range3;
}

export interface CostTotals {
  low: number;
  likely: number;
  high: number;
  /** Mean of the summed PERT distributions. */
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** The remaining share of a missing item's cost for a status; zero when nothing is left to do. */
export function remainingFraction(status: AnswerStatus | null | undefined, settings: Settings): number {
  switch (status) {
    case 'not_met':
      return 1;
    case 'partial':
      return 1 - settings.partialCredit;
    case 'met':
    case 'not_applicable':
      return 0;
    default:
      // Unanswered: counted as if missing, but reported apart as open exposure.
      return 1;
  }
}

export function scaleMultiplier(cost: ItemCost, profile: Profile): number {
  if (cost.scale === 'deviceFamily') return profile.deviceFamilies;
  if (cost.scale === 'technicalFile') return profile.technicalFiles;
  return 1;
}

const times = (r: Range3, k: number): Range3 => [r[0] * k, r[1] * k, r[2] * k];

/** The English basis is put into words only when read: evaluate() runs on every answer, and most lines are never shown. */
class Line implements CostLine {
  constructor(
    readonly kind: CostKind,
    readonly recurrence: Recurrence,
    readonly range: Range3,
    readonly terms: CostBasisTerms,
  ) {}

  get basis(): string {
    return describeCostBasis(this, 'en');
  }

  toJSON(): CostLine {
    return { kind: this.kind, recurrence: this.recurrence, range: this.range, terms: this.terms, basis: this.basis };
  }
}

/** Cost of closing one item's gap, line by line, with how each line was made. */
export function estimateItemCost(
  item: Item,
  profile: Profile,
  settings: Settings,
  status: AnswerStatus | null | undefined,
  sourcing: Answer['sourcing'] = 'inHouse',
): ItemCostEstimate {
  const fraction = remainingFraction(status, settings);
  const multiplier = scaleMultiplier(item.cost, profile);
  const k = fraction * multiplier;
  const { currency } = settings;
  const { scale } = item.cost;
  const lines: CostLine[] = [];
  const parts: [Recurrence, ItemCost['oneOff'] | undefined][] = [
    ['oneOff', item.cost.oneOff],
    ['yearly', item.cost.yearly],
  ];
  for (const [recurrence, part] of parts) {
    if (!part) continue;
    if (part.internalDays) {
      const outsourced = sourcing === 'outsourced';
      const rate = outsourced ? settings.externalDayRate : settings.internalDayRate;
      const d = part.internalDays;
      lines.push(
        new Line(outsourced ? 'consulting' : 'internal', recurrence, times(d, rate * k), { currency, scale, multiplier, fraction, source: 'days', days: d, dayRate: rate, outsourced }),
      );
    }
    for (const ext of part.external) {
      const e = ext.eur;
      lines.push(
        new Line(ext.kind, recurrence, times(e, settings.currencyPerEur * k), {
          currency,
          scale,
          multiplier,
          fraction,
          source: 'external',
          eur: e,
          note: ext.basis,
          currencyPerEur: settings.currencyPerEur,
        }),
      );
    }
  }
  const sum = (rec: Recurrence): Range3 => {
    const ls = lines.filter((l) => l.recurrence === rec);
    return [0, 1, 2].map((i) => ls.reduce((s, l) => s + l.range[i as 0 | 1 | 2], 0)) as unknown as Range3;
  };
  return { itemId: item.id, fraction, multiplier, scale: item.cost.scale, sourcing, lines, oneOff: sum('oneOff'), yearly: sum('yearly') };
}

/** Mean and variance of a PERT (beta) distribution on [low, high] with mode `likely`. */
export function pertMoments([low, likely, high]: Range3): { mean: number; variance: number } {
  const mean = (low + 4 * likely + high) / 6;
  if (high <= low) return { mean: low, variance: 0 };
  const alpha = 1 + (4 * (likely - low)) / (high - low);
  const beta = 1 + (4 * (high - likely)) / (high - low);
  // alpha + beta = 6, so the beta variance is alpha·beta·(high−low)² / (36 · 7).
  const variance = (alpha * beta * (high - low) ** 2) / 252;
  return { mean, variance };
}

const Z90 = 1.2815515655446004;

/**
 * Totals of independent PERT-distributed lines. P10/P50/P90 come in closed form from a log-normal
 * with the sum's mean and variance (a sum of skewed, non-negative costs is itself right-skewed),
 * clamped to the range of the sum. tests/unit/cost.test.ts checks it against a seeded simulation.
 */
export function totalOf(ranges: readonly Range3[]): CostTotals {
  let low = 0;
  let likely = 0;
  let high = 0;
  let mean = 0;
  let variance = 0;
  for (const r of ranges) {
    low += r[0];
    likely += r[1];
    high += r[2];
    const m = pertMoments(r);
    mean += m.mean;
    variance += m.variance;
  }
  if (mean <= 0 || variance <= 0) return { low, likely, high, mean, p10: mean, p50: mean, p90: mean };
  const s2 = Math.log(1 + variance / (mean * mean));
  const mu = Math.log(mean) - s2 / 2;
  const s = Math.sqrt(s2);
  const clamp = (x: number) => Math.min(high, Math.max(low, x));
  return {
    low,
    likely,
    high,
    mean,
    p10: clamp(Math.exp(mu - Z90 * s)),
    p50: clamp(Math.exp(mu)),
    p90: clamp(Math.exp(mu + Z90 * s)),
  };
}

/** A seeded pseudo-random generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gammaSample(shape: number, rand: () => number): number {
  // Marsaglia–Tsang; shape ≥ 1 always holds for PERT (alpha, beta ≥ 1).
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller normal.
      const u1 = rand() || Number.MIN_VALUE;
      x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rand());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One draw from the PERT distribution of a range. */
export function samplePert([low, likely, high]: Range3, rand: () => number): number {
  if (high <= low) return low;
  const alpha = 1 + (4 * (likely - low)) / (high - low);
  const beta = 1 + (4 * (high - likely)) / (high - low);
  const x = gammaSample(alpha, rand);
  const y = gammaSample(beta, rand);
  return low + (x / (x + y)) * (high - low);
}

/** Quantiles of a sum by seeded Monte Carlo simulation; used to check the closed form. */
export function simulateTotal(ranges: readonly Range3[], samples: number, seed: number): { p10: number; p50: number; p90: number; mean: number } {
  const rand = seededRandom(seed);
  const sums = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    let s = 0;
    for (const r of ranges) s += samplePert(r, rand);
    sums[i] = s;
  }
  sums.sort();
  const q = (p: number) => sums[Math.min(samples - 1, Math.floor(p * samples))] ?? 0;
  const mean = sums.reduce((a, b) => a + b, 0) / samples;
  return { p10: q(0.1), p50: q(0.5), p90: q(0.9), mean };
}

export { basisNumberFormat, describeCostBasis, type CostBasisTerms } from './cost-basis';
