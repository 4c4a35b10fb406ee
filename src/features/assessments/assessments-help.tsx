// "How this works" on the home screen: what an assessment is, where it is saved, files, and the sample.
import { useTranslation } from '../../i18n/react';
import { HelpPanel } from '../../components/help-panel';

export function AssessmentsHelp() {
  const { t } = useTranslation('firstrun');
  return (
    <HelpPanel title={t('help.title')} className="assessments-help">
      <ul>
        <li>{t('help.assessments.steps')}</li>
        <li>{t('help.assessments.saving')}</li>
        <li>{t('help.assessments.files')}</li>
        <li>{t('help.assessments.sample')}</li>
      </ul>
    </HelpPanel>
  );
}
