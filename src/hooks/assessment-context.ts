// What the assessment layout hands to its screens (profile, checklist, summary).
import { useOutletContext } from 'react-router';
import type { RuleSet } from '../domain/rule-set';
import type { AssessmentView } from './use-evaluation';

export interface AssessmentContext extends AssessmentView {
  ruleSet: RuleSet;
}

export function useAssessmentContext(): AssessmentContext {
  return useOutletContext<AssessmentContext>();
}
