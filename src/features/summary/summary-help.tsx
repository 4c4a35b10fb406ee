// "How this works" on the summary: readiness, gap order, what the cost figures mean, the PDF.
import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { HelpPanel } from '../../components/help-panel';
import type { Formatters } from '../../hooks/use-formatters';

export function SummaryHelp({ partialCredit, format }: { partialCredit: number; format: Formatters }) {
  const { t } = useTranslation('firstrun');
  return (
    <HelpPanel title={t('help.title')} className="summary-help">
      <p>{t('help.summary.readiness', { credit: format.percent(partialCredit) })}</p>
      <p>{t('help.summary.gaps')}</p>
      <p>{t('help.summary.cost')}</p>
      <p>{t('help.summary.report')}</p>
      <p>
        <Link to={paths.glossary()}>{t('help.glossary')}</Link>
      </p>
    </HelpPanel>
  );
}
