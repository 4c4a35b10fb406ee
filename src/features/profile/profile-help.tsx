// "How this works" beside the profile: what the profile decides, finding the class, changing it later.
import { useTranslation } from '../../i18n/react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { HelpPanel } from '../../components/help-panel';

export function ProfileHelp() {
  const { t } = useTranslation('firstrun');
  return (
    <HelpPanel title={t('help.title')} className="profile-help">
      <p>{t('help.profile.decides')}</p>
      <p>{t('help.profile.classify')}</p>
      <p>{t('help.profile.change')}</p>
      <p>{t('help.profile.saving')}</p>
      <p>
        <Link to={paths.glossary()}>{t('help.glossary')}</Link>
      </p>
    </HelpPanel>
  );
}
