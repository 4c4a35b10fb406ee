// Keeping assessments in step with the bundled rule set: remember each version's items, tell the user
// what changed for an assessment answered against another version.
import { useMemo } from 'react';
import { RuleSetNotice } from '../components/rule-set-notice';
import type { AnswerRow, AssessmentRow } from '../db/database';
import { adoptRuleSet, recordRuleSetSnapshot } from '../db/rule-set-repo';
import { itemIdsOf } from '../domain/rule-set-change';
import type { RuleSet } from '../domain/rule-set';
import { useRuleSetChange } from '../hooks/use-rule-set-change';

/** Called once at start: the item list of the version this app ships, for comparing after an update. */
export async function recordBundledRuleSet(ruleSet: RuleSet): Promise<void> {
  await recordRuleSetSnapshot(ruleSet, itemIdsOf(ruleSet));
}

export function RuleSetUpdateNotice({ assessment, answers, ruleSet }: { assessment: AssessmentRow; answers: readonly AnswerRow[]; ruleSet: RuleSet }) {
  const answered = useMemo(() => answers.map((a) => a.itemId), [answers]);
  const change = useRuleSetChange(assessment.ruleSet, ruleSet, answered);
  return (
    <RuleSetNotice
      key={`${assessment.id}:${assessment.ruleSet.id}@${assessment.ruleSet.version}`}
      change={change}
      onAcknowledge={async () => {
        const result = await adoptRuleSet(assessment.id, ruleSet);
        return result.ok ? null : result.error;
      }}
    />
  );
}
