// How a profile change alters the checklist: items that start or stop applying, said in words.
import { conditionHolds } from '../../domain/condition';
import { deriveFacts } from '../../domain/facts';
import type { Profile } from '../../domain/profile';
import type { RuleSet } from '../../domain/rule-set';
import { getFixedT, type TFunction } from '../../i18n/i18n';

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

/** "12 items added, 3 removed" in the interface language (or the given one); empty when nothing changed. */
export function describeChange({ added, removed }: ApplicabilityChange, t: TFunction<'profile'> = getFixedT('profile')): string {
  if (added > 0 && removed > 0) {
    return t('change.addedRemoved', { added: t('change.added', { count: added }), removed: t('change.alsoRemoved', { count: removed }) });
  }
  if (added > 0) return t('change.added', { count: added });
  if (removed > 0) return t('change.removed', { count: removed });
  return '';
}
