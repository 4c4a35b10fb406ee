// A snapshot evaluated on today's rule set and settings, and compared with the assessment now.
import { useMemo } from 'react';
import type { SnapshotRow } from '../../db/database';
import { evaluate, type Evaluation } from '../../domain/evaluate';
import type { Profile } from '../../domain/profile';
import type { RuleSet } from '../../domain/rule-set';
import { snapshotState } from '../../domain/snapshot';
import { compareEvaluations, type Comparison } from '../../domain/snapshot-compare';

export type SnapshotComparison =
  | { ok: true; then: Evaluation; comparison: Comparison; profileChanged: boolean }
  /** The snapshot's record no longer reads as an assessment. */
  | { ok: false };

/**
 * Both sides use the same rule set, settings and date, so every difference shown comes from the
 * answers and the profile, not from a changed day rate or a rule-set update.
 */
export function useSnapshotComparison(snapshot: SnapshotRow | undefined, ruleSet: RuleSet, now: Evaluation, profileNow: Profile): SnapshotComparison | undefined {
  return useMemo(() => {
    if (!snapshot) return undefined;
    const state = snapshotState(snapshot.record);
    if (!state) return { ok: false };
    const then = evaluate(ruleSet, state, now.settings, now.asOf);
    return { ok: true, then, comparison: compareEvaluations(then, now), profileChanged: JSON.stringify(state.profile) !== JSON.stringify(profileNow) };
  }, [snapshot, ruleSet, now, profileNow]);
}
