// "How this works": what each answer does to the readiness score and to the cost estimate.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { HelpPanel } from '../../components/help-panel';
import { severityWeight } from '../../domain/evaluate';
import type { Settings } from '../../domain/settings';
import type { Formatters } from '../../hooks/use-formatters';

export function HowItWorks({ settings, format }: { settings: Settings; format: Formatters }) {
  const credit = format.percent(settings.partialCredit);
  const remaining = format.percent(1 - settings.partialCredit);
  const { t } = useTranslation('firstrun');
  return (
    <HelpPanel title="How this works" className="how-it-works">
      <p className="how-lead">What each answer means for the readiness score and the cost estimate.</p>
      <dl className="how-list">
        <div>
          <dt>
            <span className="badge badge-met">Met</span>
          </dt>
          <dd>Full credit towards readiness. Nothing is left to spend.</dd>
        </div>
        <div>
          <dt>
            <span className="badge badge-partial">Partly met</span>
          </dt>
          <dd>
            Counts {credit} of the item’s weight towards readiness, and {remaining} of its cost remains as a gap.
          </dd>
        </div>
        <div>
          <dt>
            <span className="badge badge-not_met">Not met</span>
          </dt>
          <dd>No credit. The item’s whole cost is counted as a gap to close.</dd>
        </div>
        <div>
          <dt>
            <span className="badge badge-not_applicable">Not applicable</span>
          </dt>
          <dd>Left out of the score and the cost. Write down why: an auditor will ask.</dd>
        </div>
        <div>
          <dt>
            <span className="badge">Not answered</span>
          </dt>
          <dd>Left out of the score; its cost is shown apart, as what it could cost if it turned out to be a gap.</dd>
        </div>
      </dl>
      <p className="muted">
        Readiness weighs items by severity: critical ×{severityWeight.critical}, major ×{severityWeight.major}, minor ×{severityWeight.minor}. Costs use
        your day rates ({format.money(settings.internalDayRate)}/day in-house, {format.money(settings.externalDayRate)}/day consultant) and a partly met
        credit of {credit}; change them in <Link to={paths.settings}>Settings</Link>.
      </p>
      <p className="how-glossary">
        <Link to={paths.glossary()}>{t('help.glossary')}</Link>
      </p>
    </HelpPanel>
  );
}
