// How a profile change alters the checklist: items that start or stop applying, said in words.
import { conditionHolds } from '../../domain/condition';
import { deriveFacts } from '../../domain/facts';
import type { Profile } from '../../domain/profile';
import type { RuleSet } from '../../domain/rule-set';

export interface ApplicabilityChange {
  added: number;
  removed: number;
}

export function applicabilityChange(ruleSet: RuleSet, before: Profile, after: Profile): ApplicabilityChange {
  const factsBefore = deriveFacts(before);
  const factsAfter = deriveFacts(after);
  let added = 0;
  let removed = 0;
  for (const area of ruleSet.areas) {
    for (const item of area.items) {
      const was = conditionHolds(item.appliesWhen, factsBefore);
      const is = conditionHolds(item.appliesWhen, factsAfter);
      if (is && !was) added += 1;
      else if (was && !is) removed += 1;
    }
  }
  return { added, removed };
}

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/** "12 items added, 3 removed"; empty when nothing changed. */
export function describeChange({ added, removed }: ApplicabilityChange): string {
  if (added > 0 && removed > 0) return `${items(added)} added, ${removed} removed`;
  if (added > 0) return `${items(added)} added`;
  if (removed > 0) return `${items(removed)} removed`;
  return '';
}
