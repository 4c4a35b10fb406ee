// The words for answer statuses and severities, the same on every screen, in the interface language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../domain/evaluate';
import type { Severity } from '../domain/rule-set';

export interface StatusWords {
  status: Record<ItemStatus, string>;
  severity: Record<Severity, string>;
}

/** Status and severity words in the interface language (re-computed when the language changes). */
export function useStatusWords(): StatusWords {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
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
    // The language is what changes t's output.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language],
  );
}
