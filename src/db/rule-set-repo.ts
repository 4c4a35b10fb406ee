// Which rule-set versions this browser has run, and moving an assessment to the bundled version.
import type { RuleSetRef } from '../domain/rule-set-change';
import { db } from './database';
import { attempt, type WriteResult } from './write-result';

/** Remember the item ids of a rule-set version (first run of it only), so later updates can be compared. */
export async function recordRuleSetSnapshot(ref: RuleSetRef, itemIds: readonly string[]): Promise<WriteResult> {
  return attempt(() =>
    db.transaction('rw', db.ruleSetSnapshots, async () => {
      if (await db.ruleSetSnapshots.get([ref.id, ref.version])) return;
      await db.ruleSetSnapshots.add({ id: ref.id, version: ref.version, itemIds: [...itemIds], recordedAt: new Date().toISOString() });
    }),
  );
}

export async function ruleSetItemIds(ref: RuleSetRef): Promise<string[] | undefined> {
  return (await db.ruleSetSnapshots.get([ref.id, ref.version]))?.itemIds;
}

/**
 * Record that the user has seen the change to `to`: the assessment now refers to the bundled rule set.
 * Answers are not touched (answers to removed items stay, shown as archived). updatedAt stays: the
 * user changed nothing.
 */
export function adoptRuleSet(assessmentId: string, to: RuleSetRef): Promise<WriteResult> {
  return attempt(() => db.assessments.update(assessmentId, { ruleSet: { id: to.id, version: to.version } }));
}
