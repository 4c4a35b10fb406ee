// Comparing an assessment now with a frozen snapshot of it: readiness per area, gaps closed and opened, cost.
import type { Evaluation, ItemStatus } from './evaluate';

export interface AreaChange {
  areaId: string;
  then: number | null;
  now: number | null;
  /** now − then in readiness points (0..1), null when either side has no answered item. */
  delta: number | null;
}

export interface ItemChange {
  itemId: string;
  areaId: string;
  then: ItemStatus;
  now: ItemStatus;
}

export interface Comparison {
  overall: { then: number | null; now: number | null; delta: number | null };
  areas: AreaChange[];
  /** Gaps in the snapshot that are met or not applicable now. */
  closed: ItemChange[];
  /** Items that are gaps now but were not gaps (met, not applicable, unanswered or not applicable to the profile) then. */
  opened: ItemChange[];
  /** Gaps that moved from not met to partly met. */
  improved: ItemChange[];
  cost: {
    oneOffP50: { then: number; now: number; delta: number };
    yearlyP50: { then: number; now: number; delta: number };
  };
}

const isGap = (s: ItemStatus | undefined) => s === 'not_met' || s === 'partial';
const isDone = (s: ItemStatus | undefined) => s === 'met' || s === 'not_applicable';
const diff = (then: number | null, now: number | null) => (then === null || now === null ? null : now - then);

export function compareEvaluations(then: Evaluation, now: Evaluation): Comparison {
  const thenStatus = new Map(then.items.map((i) => [i.item.id, i.status]));
  const nowStatus = new Map(now.items.map((i) => [i.item.id, i.status]));
  const thenArea = new Map(then.areas.map((a) => [a.area.id, a.readiness]));
  const closed: ItemChange[] = [];
  const opened: ItemChange[] = [];
  const improved: ItemChange[] = [];
  for (const item of now.items) {
    const before = thenStatus.get(item.item.id) ?? 'unanswered';
    const change = { itemId: item.item.id, areaId: item.areaId, then: before, now: item.status };
    if (isGap(before) && isDone(item.status)) closed.push(change);
    else if (isGap(item.status) && !isGap(before)) opened.push(change);
    else if (before === 'not_met' && item.status === 'partial') improved.push(change);
  }
  // A gap of the snapshot whose item no longer applies (the profile changed) is closed too.
  for (const item of then.items) {
    if (!nowStatus.has(item.item.id) && isGap(item.status)) closed.push({ itemId: item.item.id, areaId: item.areaId, then: item.status, now: 'not_applicable' });
  }
  const c = (e: Evaluation) => e.cost.gaps;
  return {
    overall: { then: then.overall.readiness, now: now.overall.readiness, delta: diff(then.overall.readiness, now.overall.readiness) },
    areas: now.areas.map((a) => {
      const before = thenArea.get(a.area.id) ?? null;
      return { areaId: a.area.id, then: before, now: a.readiness, delta: diff(before, a.readiness) };
    }),
    closed,
    opened,
    improved,
    cost: {
      oneOffP50: { then: c(then).oneOff.p50, now: c(now).oneOff.p50, delta: c(now).oneOff.p50 - c(then).oneOff.p50 },
      yearlyP50: { then: c(then).yearly.p50, now: c(now).yearly.p50, delta: c(now).yearly.p50 - c(then).yearly.p50 },
    },
  };
}
