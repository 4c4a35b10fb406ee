// The evaluation of one assessment, recomputed from live data: what every result screen reads.
import { useMemo } from 'react';
import { answersById } from '../domain/assessment';
import { evaluate, type Evaluation } from '../domain/evaluate';
import type { RuleSet } from '../domain/rule-set';
import { useAssessmentWithAnswers, useSettings } from '../db/live';
import type { AnswerRow, AssessmentRow } from '../db/database';
import type { Settings } from '../domain/settings';

export interface AssessmentView {
  assessment: AssessmentRow;
  answers: AnswerRow[];
  settings: Settings;
  evaluation: Evaluation;
}

/** undefined while loading; null when the assessment does not exist. */
export function useAssessmentView(id: string, ruleSet: RuleSet): AssessmentView | null | undefined {
  const saved = useAssessmentWithAnswers(id);
  const settings = useSettings();
  return useMemo(() => {
    if (saved === null) return null;
    if (!saved || !settings) return undefined;
    const { assessment, answers } = saved;
    const evaluation = evaluate(ruleSet, { profile: assessment.profile, answers: answersById(answers) }, settings);
    return { assessment, answers, settings, evaluation };
  }, [saved, settings, ruleSet]);
}
