// The assessment list with each assessment's readiness and progress, from live data; each assessment is
// evaluated again only when it changed, so a list of 1,000 stays quick.
import { useLiveQuery } from 'dexie-react-hooks';
import { listAssessments } from '../../db/assessments-repo';
import { answersByAssessment } from '../../db/answers-by-assessment';
import type { AssessmentRow } from '../../db/database';
import { loadSettings } from '../../db/settings-repo';
import { answersById } from '../../domain/assessment';
import { evaluate } from '../../domain/evaluate';
import type { RuleSet } from '../../domain/rule-set';

export interface AssessmentSummary {
  /** Severity-weighted readiness of the answered items, 0..1; null until something is answered. */
  readiness: number | null;
  answered: number;
  applicable: number;
}

export interface AssessmentList {
  /** Most recently changed first. */
  rows: AssessmentRow[];
  summaries: ReadonlyMap<string, AssessmentSummary>;
}

type Cache = Map<string, { key: string; summary: AssessmentSummary }>;
// Derived values only (never saved data): keyed by what they are computed from.
const caches = new WeakMap<RuleSet, Cache>();

async function loadList(ruleSet: RuleSet): Promise<AssessmentList> {
  const [rows, settings] = await Promise.all([listAssessments(), loadSettings()]);
  let cache = caches.get(ruleSet);
  if (!cache) {
    cache = new Map();
    caches.set(ruleSet, cache);
  }
  // Every answer write moves the assessment's updatedAt, so it tells when a summary is stale.
  const keyOf = (r: AssessmentRow) => `${r.updatedAt}|${settings.partialCredit}`;
  const stale = rows.filter((r) => cache.get(r.id)?.key !== keyOf(r));
  if (stale.length > 0) {
    const answers = await answersByAssessment(stale.map((r) => r.id));
    for (const row of stale) {
      const evaluation = evaluate(ruleSet, { profile: row.profile, answers: answersById(answers.get(row.id) ?? []) }, settings);
      const { counts } = evaluation.overall;
      cache.set(row.id, {
        key: keyOf(row),
        summary: { readiness: evaluation.overall.readiness, answered: counts.applicable - counts.unanswered, applicable: counts.applicable },
      });
    }
  }
  const ids = new Set(rows.map((r) => r.id));
  for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  return { rows, summaries: new Map(rows.map((r) => [r.id, cache.get(r.id)!.summary])) };
}

/** undefined while loading. */
export function useAssessmentSummaries(ruleSet: RuleSet): AssessmentList | undefined {
  return useLiveQuery(() => loadList(ruleSet), [ruleSet]);
}
