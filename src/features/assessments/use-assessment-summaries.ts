// Each shown assessment's readiness and progress, worked out by evaluate() in small batches after the
// list is on screen (and once the rule set has loaded). Each assessment is evaluated again only when it
// changed, and only the rows on screen are evaluated, so a list of 1,000 appears at once and stays quick.
import { useEffect, useState } from 'react';
import type { AssessmentRow } from '../../db/database';
import { loadQueries, useSettings } from '../../db/live-lazy';
import type { RuleSet } from '../../domain/rule-set';
import type { Settings } from '../../domain/settings';

export interface AssessmentSummary {
  /** Severity-weighted readiness of the answered items, 0..1; null until something is answered. */
  readiness: number | null;
  answered: number;
  applicable: number;
}

type Cache = Map<string, { key: string; summary: AssessmentSummary }>;
// Derived figures only, never saved data; kept across visits to the screen, keyed by what they come from.
const caches = new WeakMap<RuleSet, Cache>();

function cacheFor(ruleSet: RuleSet): Cache {
  let cache = caches.get(ruleSet);
  if (!cache) {
    cache = new Map();
    caches.set(ruleSet, cache);
  }
  return cache;
}

// Every answer write moves the assessment's updatedAt, so it tells when a summary is stale.
const keyOf = (row: AssessmentRow, settings: Settings) => `${row.updatedAt}|${settings.partialCredit}`;

/** Assessments evaluated per batch before the browser gets a turn to paint and handle input. */
const batchSize = 40;

function summaries(rows: readonly AssessmentRow[], cache: Cache, settings: Settings): Map<string, AssessmentSummary> {
  const out = new Map<string, AssessmentSummary>();
  for (const row of rows) {
    const hit = cache.get(row.id);
    if (hit && hit.key === keyOf(row, settings)) out.set(row.id, hit.summary);
  }
  return out;
}

/** The figures of `rows` worked out so far: missing for a row whose figures are still on their way. */
export function useAssessmentSummaries(rows: readonly AssessmentRow[] | undefined, ruleSet: RuleSet | undefined): ReadonlyMap<string, AssessmentSummary> {
  const settings = useSettings();
  // Bumped after each batch so the rows whose figures arrived re-render.
  const [, setDone] = useState(0);

  useEffect(() => {
    if (!rows || !settings || !ruleSet) return;
    const cache = cacheFor(ruleSet);
    const stale = rows.filter((r) => cache.get(r.id)?.key !== keyOf(r, settings));
    let cancelled = false;
    void (async () => {
      // The evaluation code comes after the list is on screen, as the rule set does.
      const [{ evaluate }, { answersById }, { answersByAssessment }] = await Promise.all([
        import('../../domain/evaluate'),
        import('../../domain/assessment'),
        loadQueries(),
      ]);
      for (let i = 0; i < stale.length && !cancelled; i += batchSize) {
        const batch = stale.slice(i, i + batchSize);
        const answers = await answersByAssessment(batch.map((r) => r.id));
        if (cancelled) return;
        for (const row of batch) {
          const { overall } = evaluate(ruleSet, { profile: row.profile, answers: answersById(answers.get(row.id) ?? []) }, settings);
          const { counts } = overall;
          cache.set(row.id, {
            key: keyOf(row, settings),
            summary: { readiness: overall.readiness, answered: counts.applicable - counts.unanswered, applicable: counts.applicable },
          });
        }
        setDone((n) => n + 1);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [rows, settings, ruleSet]);

  if (!rows || !settings || !ruleSet) return new Map();
  return summaries(rows, cacheFor(ruleSet), settings);
}
