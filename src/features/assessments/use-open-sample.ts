// "Open a sample assessment": writes the fictional, fully answered example (once) and shows its summary.
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import type { AssessmentRow } from '../../db/database';
import { attempt } from '../../db/write-result';
import { requireRuleSet } from '../../hooks/use-rule-set';
import { now } from '../../stores/clock';
import { trackWrite } from '../../stores/save-status';

export interface OpenSample {
  open: () => Promise<void>;
  busy: boolean;
  error: string | null;
}

export function useOpenSample(rows: readonly AssessmentRow[] | undefined): OpenSample {
  const navigate = useNavigate();
  const { language } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    // One sample is enough: a second click opens the one already there.
    const existing = rows?.find((r) => r.isSample);
    if (existing) {
      void navigate(paths.summary(existing.id));
      return;
    }
    setBusy(true);
    setError(null);
    const id = crypto.randomUUID();
    // The rule set's text follows the interface language; the fictional firm's notes stay as written.
    const result = await trackWrite('open-sample', () =>
      attempt(async () => {
        // The sample's content is loaded with it, not with the list.
        const [ruleSet, { buildSampleAssessment }, { writeRecords }] = await Promise.all([
          requireRuleSet(),
          import('../../domain/sample-assessment'),
          import('../../db/assessments-repo'),
        ]);
        const record = { ...buildSampleAssessment(ruleSet, id, new Date(now()).toISOString()), language };
        await writeRecords([record]);
      }),
    );
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    void navigate(paths.summary(id));
  };

  return { open, busy, error };
}
