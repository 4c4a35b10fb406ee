// The rule-set change an assessment has not been told about yet (null when there is none).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { ruleSetItemIds } from '../db/rule-set-repo';
import { compareRuleSets, itemIdsOf, type RuleSetChange, type RuleSetRef } from '../domain/rule-set-change';
import type { RuleSet } from '../domain/rule-set';

/** undefined while loading. */
export function useRuleSetChange(recorded: RuleSetRef, ruleSet: RuleSet, answeredItemIds: readonly string[]): RuleSetChange | null | undefined {
  const previous = useLiveQuery(async () => (await ruleSetItemIds(recorded)) ?? null, [recorded.id, recorded.version]);
  const bundledIds = useMemo(() => itemIdsOf(ruleSet), [ruleSet]);
  return useMemo(() => {
    if (previous === undefined) return undefined;
    return compareRuleSets(recorded, previous ?? undefined, { id: ruleSet.id, version: ruleSet.version, itemIds: bundledIds }, answeredItemIds);
  }, [previous, recorded, ruleSet.id, ruleSet.version, bundledIds, answeredItemIds]);
}
