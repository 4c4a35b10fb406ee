// "How this works" on the settings: what the figures do and where they apply.
import { useTranslation } from '../../i18n/react';
import { HelpPanel } from '../../components/help-panel';

export function SettingsHelp() {
  const { t } = useTranslation('firstrun');
  return (
    <HelpPanel title={t('help.title')} className="settings-help">
      <p>{t('help.settings.what')}</p>
      <p>{t('help.settings.rates')}</p>
      <p>{t('help.settings.credit')}</p>
      <p>{t('help.settings.reminder')}</p>
    </HelpPanel>
  );
}
