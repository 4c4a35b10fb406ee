// Writing a found class into an assessment: update an existing profile, or start a new assessment with it.
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useRuleSet } from '../../app/rule-set';
import { createAssessment, saveProfile } from '../../db/assessments-repo';
import type { AssessmentRow } from '../../db/database';
import { attempt } from '../../db/write-result';
import type { ClassificationResult } from '../../domain/classification';
import { deviceClasses, type DeviceClass } from '../../domain/profile';
import { trackWrite } from '../../stores/save-status';

export type ActionState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; error: string };

/** How the found classes combine with those already in the profile. */
export type ApplyMode = 'replace' | 'add';

export function mergedClasses(current: readonly DeviceClass[], found: readonly DeviceClass[], mode: ApplyMode): DeviceClass[] {
  const wanted = new Set(mode === 'replace' ? found : [...current, ...found]);
  return deviceClasses.filter((c) => wanted.has(c));
}

/** Yes/no profile facts the answers established; they are only ever switched on, never off. */
function factsToSet(result: ClassificationResult): Record<string, true> {
  return Object.fromEntries(result.profileFacts.map((f) => [f.fact, true]));
}

export function useClassActions() {
  const { t } = useTranslation('classify');
  const navigate = useNavigate();
  const ruleSet = useRuleSet();
  const [state, setState] = useState<ActionState>({ kind: 'idle' });

  const applyTo = async (assessment: AssessmentRow, result: ClassificationResult, mode: ApplyMode) => {
    const profile = { ...assessment.profile, ...factsToSet(result), deviceClasses: mergedClasses(assessment.profile.deviceClasses, result.profileClasses, mode) };
    setState({ kind: 'saving' });
    // Same key as the profile screen's own saves, so a failed write here is retried like one made there.
    const written = await trackWrite(`profile:${assessment.id}`, () => saveProfile(assessment.id, profile));
    if (written.ok) navigate(paths.profile(assessment.id));
    else setState({ kind: 'error', error: t('actions.notSaved', { reason: written.error }) });
  };

  const startNew = async (companyName: string, deviceName: string, result: ClassificationResult) => {
    let id = '';
    setState({ kind: 'saving' });
    const written = await trackWrite('classify:new-assessment', () =>
      attempt(async () => {
        id = await createAssessment({
          profile: { companyName, deviceName, deviceClasses: result.profileClasses, ...factsToSet(result) },
          ruleSet: { id: ruleSet.id, version: ruleSet.version },
        });
      }),
    );
    if (written.ok) navigate(paths.profile(id));
    else setState({ kind: 'error', error: t('actions.notCreated', { reason: written.error }) });
  };

  return { state, applyTo, startNew };
}
