// evaluate(): the one model of an assessment that every screen, the PDF report and the CLI read.
import type { Answer, AnswerStatus } from './answer';
import type { AssessmentState } from './assessment';
import { conditionHolds } from './condition';
import { estimateItemCost, totalOf, type CostTotals, type ItemCostEstimate, type Range3 } from './cost';
import { deriveFacts, type Facts } from './facts';
import { costKinds, refsThatHold, type Area, type CostKind, type Deadline, type Item, type RuleSet, type Severity } from './rule-set';
import type { Settings } from './settings';

export type ItemStatus = AnswerStatus | 'unanswered';
export type Priority = 'high' | 'medium' | 'low';

export const severityWeight: Record<Severity, number> = { critical: 3, major: 2, minor: 1 };

export interface EvaluatedItem {
  item: Item;
  /** The item's references that hold for this profile (a reference with its own condition may not). */
  refs: string[];
  areaId: string;
  status: ItemStatus;
  answer: Answer | undefined;
  /** Cost still to spend on this item (zero lines when met or not applicable). */
  cost: ItemCostEstimate;
  deadline: ApplicableDeadline | undefined;
}

export interface StatusCounts {
  applicable: number;
  met: number;
  partial: number;
  not_met: number;
  not_applicable: number;
  unanswered: number;
}

export interface AreaResult {
  area: Area;
  counts: StatusCounts;
  /** Severity-weighted readiness of the answered, applicable items, 0..1; null when none is answered. */
  readiness: number | null;
  /** Share of applicable items answered, 0..1. */
  progress: number;
  cost: { oneOff: CostTotals; yearly: CostTotals };
}

export interface Gap {
  evaluated: EvaluatedItem;
  priority: Priority;
  /** Severity weight × remaining share × deadline urgency; higher first. */
  priorityScore: number;
}

export interface ApplicableDeadline {
  deadline: Deadline;
  /** The deadline's references that hold for this profile. */
  refs: string[];
  daysLeft: number;
  passed: boolean;
}

export interface CostBreakdown {
  oneOff: CostTotals;
  yearly: CostTotals;
}

export interface CostEstimate {
  /** Known gaps: items answered as not met or partly met. */
  gaps: CostBreakdown;
  /** What the unanswered items would cost if they all turned out to be gaps. */
  unanswered: CostBreakdown;
  /** Gaps marked "in plan" for this year. */
  plan: CostBreakdown;
  byArea: { areaId: string; oneOff: CostTotals; yearly: CostTotals }[];
  byKind: { kind: CostKind; oneOff: CostTotals; yearly: CostTotals }[];
  /** The ten gaps with the largest likely cost (one-off plus one year of recurring cost). */
  topDrivers: { itemId: string; areaId: string; oneOffLikely: number; yearlyLikely: number }[];
}

export interface Evaluation {
  ruleSet: { id: string; version: string; title: RuleSet['title']; effectiveDate: string; reviewedOn: string | undefined };
  asOf: string;
  facts: Facts;
  currency: string;
  /** The settings the figures were computed with, so every output (PDF, CLI) can state them. */
  settings: Settings;
  items: EvaluatedItem[];
  /** Number of rule-set items that do not apply to this profile. */
  excludedCount: number;
  areas: AreaResult[];
  overall: { counts: StatusCounts; readiness: number | null; progress: number };
  gaps: Gap[];
  cost: CostEstimate;
  deadlines: ApplicableDeadline[];
  /** Answers whose item id is not in this rule set (kept, never dropped). */
  archivedAnswers: Answer[];
}

const emptyCounts = (): StatusCounts => ({ applicable: 0, met: 0, partial: 0, not_met: 0, not_applicable: 0, unanswered: 0 });

function addCounts(into: StatusCounts, status: ItemStatus): void {
  into.applicable += 1;
  into[status] += 1;
}

function readinessOf(items: readonly EvaluatedItem[], settings: Settings): number | null {
  let weight = 0;
  let score = 0;
  for (const e of items) {
    if (e.status === 'unanswered' || e.status === 'not_applicable') continue;
    const w = severityWeight[e.item.severity];
    weight += w;
    score += w * (e.status === 'met' ? 1 : e.status === 'partial' ? settings.partialCredit : 0);
  }
  return weight === 0 ? null : score / weight;
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86400000);
}

/** Deadlines nearer than this many days make a gap more urgent. */
export const urgentWithinDays = 365;

function breakdown(list: readonly EvaluatedItem[]): CostBreakdown {
  return { oneOff: totalOf(list.map((e) => e.cost.oneOff)), yearly: totalOf(list.map((e) => e.cost.yearly)) };
}

function linesOfKind(list: readonly EvaluatedItem[], kind: CostKind, recurrence: 'oneOff' | 'yearly'): Range3[] {
  return list.flatMap((e) => e.cost.lines.filter((l) => l.kind === kind && l.recurrence === recurrence).map((l) => l.range));
}

/** Today's date as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Evaluate an assessment against a rule set: which items apply, how ready the firm is per area and
 * overall, which gaps to close first, what closing them costs, and which deadlines apply.
 * Pure: the same inputs (including `asOf`) always give the same result.
 */
export function evaluate(ruleSet: RuleSet, assessment: AssessmentState, settings: Settings, asOf: string = todayIso()): Evaluation {
  const facts = deriveFacts(assessment.profile);
  const deadlines: ApplicableDeadline[] = ruleSet.deadlines
    .filter((d) => conditionHolds(d.appliesWhen, facts))
    .map((d) => {
      const daysLeft = daysBetween(asOf, d.date);
      return { deadline: d, refs: refsThatHold(d.refs, facts), daysLeft, passed: daysLeft < 0 };
    })
    .sort((a, b) => a.deadline.date.localeCompare(b.deadline.date));
  const deadlineById = new Map(deadlines.map((d) => [d.deadline.id, d]));

  const items: EvaluatedItem[] = [];
  const areas: AreaResult[] = [];
  const knownIds = new Set<string>();
  let excludedCount = 0;
  const overallCounts = emptyCounts();

  for (const area of ruleSet.areas) {
    const counts = emptyCounts();
    const areaItems: EvaluatedItem[] = [];
    for (const item of area.items) {
      knownIds.add(item.id);
      if (!conditionHolds(item.appliesWhen, facts)) {
        excludedCount += 1;
        continue;
      }
      const answer = assessment.answers[item.id];
      const status: ItemStatus = answer?.status ?? 'unanswered';
      const evaluated: EvaluatedItem = {
        item,
        refs: refsThatHold(item.refs, facts),
        areaId: area.id,
        status,
        answer,
        cost: estimateItemCost(item, facts, settings, answer?.status, answer?.sourcing),
        deadline: item.deadline ? deadlineById.get(item.deadline) : undefined,
      };
      areaItems.push(evaluated);
      addCounts(counts, status);
      addCounts(overallCounts, status);
    }
    items.push(...areaItems);
    const gapsHere = areaItems.filter((e) => e.status === 'not_met' || e.status === 'partial');
    areas.push({
      area,
      counts,
      readiness: readinessOf(areaItems, settings),
      progress: counts.applicable === 0 ? 1 : (counts.applicable - counts.unanswered) / counts.applicable,
      cost: breakdown(gapsHere),
    });
  }

  const gapItems = items.filter((e) => e.status === 'not_met' || e.status === 'partial');
  const gaps: Gap[] = gapItems
    .map((e) => {
      const urgent = e.deadline !== undefined && e.deadline.daysLeft <= urgentWithinDays;
      const score = severityWeight[e.item.severity] * e.cost.fraction * (urgent ? 1.5 : 1);
      const priority: Priority = score >= 3 ? 'high' : score >= 1.5 ? 'medium' : 'low';
      return { evaluated: e, priority, priorityScore: score };
    })
    .sort((a, b) => b.priorityScore - a.priorityScore || b.evaluated.cost.oneOff[1] - a.evaluated.cost.oneOff[1]);

  const cost: CostEstimate = {
    gaps: breakdown(gapItems),
    unanswered: breakdown(items.filter((e) => e.status === 'unanswered')),
    plan: breakdown(gapItems.filter((e) => e.answer?.inPlan)),
    byArea: areas.map((a) => ({ areaId: a.area.id, ...a.cost })),
    byKind: costKinds.map((kind) => ({
      kind,
      oneOff: totalOf(linesOfKind(gapItems, kind, 'oneOff')),
      yearly: totalOf(linesOfKind(gapItems, kind, 'yearly')),
    })),
    topDrivers: gapItems
      .map((e) => ({ itemId: e.item.id, areaId: e.areaId, oneOffLikely: e.cost.oneOff[1], yearlyLikely: e.cost.yearly[1] }))
      .filter((d) => d.oneOffLikely + d.yearlyLikely > 0)
      .sort((a, b) => b.oneOffLikely + b.yearlyLikely - (a.oneOffLikely + a.yearlyLikely))
      .slice(0, 10),
  };

  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version, title: ruleSet.title, effectiveDate: ruleSet.effectiveDate, reviewedOn: ruleSet.reviewedOn },
    asOf,
    facts,
    currency: settings.currency,
    settings,
    items,
    excludedCount,
    areas,
    overall: {
      counts: overallCounts,
      readiness: readinessOf(items, settings),
      progress: overallCounts.applicable === 0 ? 1 : (overallCounts.applicable - overallCounts.unanswered) / overallCounts.applicable,
    },
    gaps,
    cost,
    deadlines,
    archivedAnswers: Object.values(assessment.answers).filter((a) => !knownIds.has(a.itemId)),
  };
}
