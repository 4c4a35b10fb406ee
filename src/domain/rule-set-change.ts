// What changed for an assessment when the app's rule set differs from the one it was answered against.
import type { RuleSet } from './rule-set';

export interface RuleSetRef {
  id: string;
  version: string;
}

export interface RuleSetChange {
  from: RuleSetRef;
  to: RuleSetRef;
  /**
   * update: a newer version of the same rule set (answers move over; record the new version).
   * older: the assessment was answered against a newer version than this app has (update the app).
   * other: a different rule set altogether.
   */
  kind: 'update' | 'older' | 'other';
  /** Items in the bundled version that the previous one lacked; null when the previous item list is unknown. */
  added: string[] | null;
  /** Items of the previous version that the bundled one lacks; null when unknown. */
  removed: string[] | null;
  /** Answered items the bundled version lacks: their answers are kept as archived, never dropped. */
  archivedAnswerIds: string[];
}

export function itemIdsOf(ruleSet: RuleSet): string[] {
  return ruleSet.areas.flatMap((a) => a.items.map((i) => i.id));
}

/** Compares dotted numeric versions ("1.10.0" > "1.9.3"); negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * null when the assessment already uses the bundled rule set. `previousItemIds` is the item list of the
 * assessment's recorded version when this browser knows it (src/db keeps one per version it has run).
 */
export function compareRuleSets(
  recorded: RuleSetRef,
  previousItemIds: readonly string[] | undefined,
  bundled: RuleSetRef & { itemIds: readonly string[] },
  answeredItemIds: readonly string[],
): RuleSetChange | null {
  if (recorded.id === bundled.id && recorded.version === bundled.version) return null;
  const current = new Set(bundled.itemIds);
  const kind = recorded.id !== bundled.id ? 'other' : compareVersions(recorded.version, bundled.version) > 0 ? 'older' : 'update';
  let added: string[] | null = null;
  let removed: string[] | null = null;
  if (previousItemIds) {
    const previous = new Set(previousItemIds);
    added = bundled.itemIds.filter((id) => !previous.has(id));
    removed = previousItemIds.filter((id) => !current.has(id));
  }
  return {
    from: { id: recorded.id, version: recorded.version },
    to: { id: bundled.id, version: bundled.version },
    kind,
    added,
    removed,
    archivedAnswerIds: [...new Set(answeredItemIds)].filter((id) => !current.has(id)),
  };
}
