// The machine-readable form of an Evaluation, shared by the CLI's --json output and its tests.
import type { Evaluation } from '../domain/evaluate';
import { textIn, type Language } from '../domain/text';

export function evaluationToJson(e: Evaluation, language: Language = 'en') {
  return {
    ruleSet: { id: e.ruleSet.id, version: e.ruleSet.version, effectiveDate: e.ruleSet.effectiveDate, reviewedOn: e.ruleSet.reviewedOn },
    asOf: e.asOf,
    currency: e.currency,
    overall: e.overall,
    areas: e.areas.map((a) => ({ id: a.area.id, title: textIn(a.area.title, language), counts: a.counts, readiness: a.readiness, progress: a.progress, cost: a.cost })),
    items: e.items.map((i) => ({
      id: i.item.id,
      area: i.areaId,
      question: textIn(i.item.question, language),
      refs: i.refs,
      severity: i.item.severity,
      status: i.status,
      cost: { oneOff: i.cost.oneOff, yearly: i.cost.yearly, lines: i.cost.lines },
      ...(i.deadline ? { deadline: i.deadline.deadline.date } : {}),
    })),
    excludedCount: e.excludedCount,
    gaps: e.gaps.map((g) => ({ id: g.evaluated.item.id, priority: g.priority, priorityScore: g.priorityScore })),
    cost: e.cost,
    deadlines: e.deadlines.map((d) => ({ id: d.deadline.id, date: d.deadline.date, title: textIn(d.deadline.title, language), daysLeft: d.daysLeft, passed: d.passed })),
    archivedAnswers: e.archivedAnswers.map((a) => a.itemId),
  };
}
