// "How this works": what each answer does to the readiness score and to the cost estimate.
import { Trans, useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { HelpPanel } from '../../components/help-panel';
import { useStatusWords } from '../../components/status-text';
import { severityWeight } from '../../domain/evaluate';
import type { Settings } from '../../domain/settings';
import type { Formatters } from '../../hooks/use-formatters';

export function HowItWorks({ settings, format }: { settings: Settings; format: Formatters }) {
  const credit = format.percent(settings.partialCredit);
  const remaining = format.percent(1 - settings.partialCredit);
  const { t } = useTranslation('checklist');
  const { t: tf } = useTranslation('firstrun');
  const words = useStatusWords();
  const rows = [
    { badge: 'badge badge-met', word: words.status.met, text: t('howItWorks.met') },
    { badge: 'badge badge-partial', word: words.status.partial, text: t('howItWorks.partial', { credit, remaining }) },
    { badge: 'badge badge-not_met', word: words.status.not_met, text: t('howItWorks.notMet') },
    { badge: 'badge badge-not_applicable', word: words.status.not_applicable, text: t('howItWorks.notApplicable') },
    { badge: 'badge', word: words.status.unanswered, text: t('howItWorks.unanswered') },
  ];
  return (
    <HelpPanel title={tf('help.title')} className="how-it-works">
      <p className="how-lead">{t('howItWorks.lead')}</p>
      <dl className="how-list">
        {rows.map((row) => (
          <div key={row.badge}>
            <dt>
              <span className={row.badge}>{row.word}</span>
            </dt>
            <dd>{row.text}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        <Trans
          t={t}
          i18nKey="howItWorks.weights"
          values={{
            critical: severityWeight.critical,
            major: severityWeight.major,
            minor: severityWeight.minor,
            internal: format.money(settings.internalDayRate),
            external: format.money(settings.externalDayRate),
            credit,
          }}
          components={{ settings: <Link to={paths.settings} /> }}
        />
      </p>
      <p className="how-glossary">
        <Link to={paths.glossary()}>{tf('help.glossary')}</Link>
      </p>
    </HelpPanel>
  );
}
