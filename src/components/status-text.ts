// The words for answer statuses and severities, the same on every screen, in the interface language.
import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import type { ItemStatus } from '../domain/evaluate';
import type { Severity } from '../domain/rule-set';

export interface StatusWords {
  status: Record<ItemStatus, string>;
  severity: Record<Severity, string>;
}

/** Status and severity words in the interface language (re-computed when the language changes). */
export function useStatusWords(): StatusWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      status: {
        met: t('status.met'),
        partial: t('status.partial'),
        not_met: t('status.not_met'),
        not_applicable: t('status.not_applicable'),
        unanswered: t('status.unanswered'),
      },
      severity: { critical: t('severity.critical'), major: t('severity.major'), minor: t('severity.minor') },
    }),
    // A new t comes with each language (and with the catalog's arrival).
    [t],
  );
}
